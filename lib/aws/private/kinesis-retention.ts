import type { KinesisStream } from "@cdktf/provider-aws/lib/kinesis-stream";
import { literal } from "../../core/service-definition";

const HOUR_MS = 3_600_000;
/** Kinesis keeps records 24 hours unless `retention_period` says otherwise. */
const DEFAULT_RETENTION_HOURS = 24;

/** The stream's retention in ms, when it is literal (24 hours when unset). */
export function retentionMsOf(stream: KinesisStream): number | undefined {
  const configured = stream.retentionPeriodInput;
  const hours = configured === undefined ? DEFAULT_RETENTION_HOURS : literal(configured);
  return hours === undefined ? undefined : hours * HOUR_MS;
}
