/** The paired terminal as the counter's sale screens need it (from `devices.current`). */
export interface CounterTerminal {
  terminalId: string;
  venueId: string;
  venueName: string;
  name: string;
  cityId: string;
  timeZone: string;
}
