// What a TypeScript client generated from openapi/openapi.yaml (openapi-typescript) may rely on.
// .ci/openapi-lint generates ./api.d.ts next to a copy of this file in target/ and compiles both
// with tsc --strict: a document that makes a list a union of media types, a nullable field
// non-nullable or a required field optional fails CI. Nothing here is shipped.
import type { components, paths } from "./api";

type Schemas = components["schemas"];

// A list answers one media type, JSON: no Model | string union.
type MeetingPage = paths["/api/v1/meetings"]["get"]["responses"][200]["content"];
const meetingPageType: keyof MeetingPage = "application/json";
type MeetingList = MeetingPage["application/json"];
const items: MeetingList["items"] = [];
const lastPage: MeetingList["nextCursor"] = null;

// Its CSV export is an operation of its own, answering text/csv only.
type MeetingExport = paths["/api/v1/exports/meetings.csv"]["get"]["responses"][200]["content"];
const exportType: keyof MeetingExport = "text/csv";

// Fields the records leave null are nullable; the others are not, and none is optional.
const noProvince: Schemas["MeetingResponse"]["province"] = null;
const noUrl: Schemas["DocumentSummary"]["url"] = null;
const noPublishTime: Schemas["DocumentSummary"]["publishedAt"] = null;
const publishTime: Schemas["DocumentSummary"]["publishedAt"] = "2022-03-15T10:20:00+07:00";
// @ts-expect-error a document always has a title
const noTitle: Schemas["DocumentSummary"]["title"] = null;
// @ts-expect-error a required property may not be left out
const withoutHash: Schemas["DocumentSummary"] = { id: 1, title: "t", source: null, url: null,
  author: null, publishedAt: null, publishedOn: null };

// Errors are problems with type, title and status.
const problem: Schemas["Problem"] = { type: "https://regtrack.io/problems/not-found",
  title: "Not Found", status: 404 };

export { meetingPageType, items, lastPage, exportType, noProvince, noUrl, noPublishTime,
  publishTime, noTitle, withoutHash, problem };
