// Row shape the event repository returns.
export interface EventRow {
  id: string;
  name: string;
  kind: string | null;
  startDate: string | null;
  endDate: string | null;
  location: string | null;
}
