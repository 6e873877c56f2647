import styles from "@/components/ui/ui.module.css";

/** A confidence as a percentage with a small bar; red below 60 %, amber below 90 %. */
export function ConfidenceMeter({ value }: { value: number }) {
  const level = value < 0.6 ? "low" : value < 0.9 ? "mid" : "high";
  return (
    <span className={styles.meter} data-level={level}>
      <span className={styles.meterTrack} aria-hidden="true">
        <span className={styles.meterFill} style={{ width: `${Math.round(value * 100)}%` }} />
      </span>
      <span>{Math.round(value * 100)}%</span>
    </span>
  );
}
