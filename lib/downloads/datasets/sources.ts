import { filterSchema } from "@/lib/downloads/filters";
import type { Dataset } from "@/lib/downloads/types";

/** The source registry: every citation of the other datasets, by the id their `source_ids` columns give. */
export const sources: Dataset = {
  id: "sources",
  description: "Sources cited by the regulation entries, policies, indicator series and marketplaces (the ids of their source_ids columns).",
  hasDataStatus: false,
  filterNames: [],
  filters: filterSchema([]),
  columns: [
    { name: "source_id", type: "integer", description: "Source id (the other datasets' source_ids)" },
    { name: "source_key", type: "string", description: "Stable key: regulations:<id> (the data package's id), doc:<file>#<lines> (a project document), series:<code> (an indicator series) or url:<address>" },
    { name: "title", type: "string", description: "Title of the source" },
    { name: "publisher", type: "string", description: "Publisher or organisation, where recorded" },
    { name: "url", type: "string", description: "Web address" },
    { name: "as_of", type: "string", description: "The date the source itself shows, as it shows it" },
    { name: "accessed_on", type: "date", description: "Date the source was read (ISO 8601), where recorded" },
    { name: "kind", type: "string", description: "OFFICIAL, REFERENCE, SECONDARY (the weakest), PROJECT_DOCUMENT or DATASET; empty when not classified" },
    { name: "document", type: "string", description: "Project document file, for kind PROJECT_DOCUMENT" },
    { name: "lines", type: "string", description: "Line range in the project document" },
  ],
  sql: () => `
    SELECT s.id, s.key, s.title, s.publisher, s.url, s.as_of, s.accessed_on, s.kind::text, s.document, s.lines
      FROM source s
     ORDER BY s.id`,
};
