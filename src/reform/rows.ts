// Row shape of a reform.
export interface ReformRow {
  id: string;
  name: string;
  nameEn: string | null;
}
