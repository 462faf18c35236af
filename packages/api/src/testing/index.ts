export { type ReadWorkbook, readCsv, readXlsx } from "../services/exports/read-back.ts";
export { failure } from "./failure.ts";
export { type CapturedMail, type SmtpCapture, startSmtpCapture } from "./smtp-capture.ts";
export { createTestApi, type TestApi, type TestBrowser } from "./test-api.ts";
export { putTestUpload, SAMPLE_SCRIPT, sampleFiles, type TestUpload } from "./uploads.ts";
