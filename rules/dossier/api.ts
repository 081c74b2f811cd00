// Everything a face (side panel "Tiếp nhận hồ sơ", portal adapters, CLI) needs from the dossier
// side, in one import. index.ts stays light (catalogue only) for callers that need no readers.
export { defaultCatalogue, procedureInForce, searchProcedures, nationalCode, type InForce } from './index.ts';
export { ProcedurePack, Procedure, Component, Question, procedurePackJsonSchema, procedureJsonSchema, type Copies } from './catalogue.ts';
export { checkDossier, checkDossierDetailed, answerProblems, selectCase, tthcPack, type DossierInput, type DossierResult, type ComponentResult, type FileResult } from './check.ts';
export { makeMau02, mau02Items, mau02Document, supplementFormInstead, type Mau02Item, type Mau02Options } from './mau02.ts';
export { checkPortalForm, procedureFromUrl, proceduresFromText, type PortalFormInput, type PortalRow, type PortalField, type PortalRowResult } from './portal.ts';
export { readDossierFile, type FileRead } from './read.ts';
