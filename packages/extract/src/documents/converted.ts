/** What a converter makes of a document format kg reads through a library: text and metadata. */
export interface ConvertedDocument {
  text: string;
  /** The format the bytes were in. */
  kind: 'pdf' | 'docx';
  title?: string;
  /** ISO date (YYYY-MM-DD) when the document's metadata has one. */
  date?: string;
}
