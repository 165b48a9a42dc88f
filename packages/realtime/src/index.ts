export {
  createRealtimeClient,
  type LiveSeatMap,
  type RealtimeClient,
  type RealtimeClientOptions,
  type RealtimeSocket,
} from "./client.ts";
export { SeatMapSync, type SeatMapSyncOptions, type SyncStats, type SyncStatus } from "./seat-map-sync.ts";
