// A multipart upload of `totalBytes` as a stream, so fetch sends it without Content-Length
// (Transfer-Encoding: chunked), filled lazily: `pulled()` says how much the server read of it.
export function chunkedUpload(totalBytes: number, chunkBytes = 64 * 1024) {
  const boundary = "sieve-chunked-boundary";
  const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`);
  const filler = new Uint8Array(chunkBytes).fill(0x61);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const chunk = sent === 0 ? head : filler;
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { body, contentType: `multipart/form-data; boundary=${boundary}`, pulled: () => sent };
}
