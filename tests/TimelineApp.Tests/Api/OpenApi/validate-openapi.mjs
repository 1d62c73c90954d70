// Validates an OpenAPI document (a file) with @apidevtools/swagger-parser (JSON Schema of OpenAPI 3.1, plus
// $ref resolution), and shows the validator refuses a broken copy, so "valid" means something.
import { readFile } from "node:fs/promises";
import SwaggerParser from "@apidevtools/swagger-parser";

const document = JSON.parse(await readFile(process.argv[2], "utf8"));
const api = await SwaggerParser.validate(structuredClone(document));
const broken = structuredClone(document);
const [firstPath] = Object.keys(broken.paths);
const [firstMethod] = Object.keys(broken.paths[firstPath]);
delete broken.paths[firstPath][firstMethod].responses["200"].description;
let brokenRefused = false;
try { await SwaggerParser.validate(broken); } catch { brokenRefused = true; }
const operations = Object.values(api.paths).flatMap(item => Object.values(item).map(op => op.operationId));
console.log(JSON.stringify({ version: api.openapi, operations, brokenRefused }));
