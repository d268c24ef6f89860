import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { XmlDocument, XmlElement, XmlError, XmlValidateError, XsdValidator, xmlRegisterInputProvider } from 'libxml2-wasm';
import { projectRoot } from '../../../../platform/paths.js';
import { NS } from './codes.js';
import { isElement } from './dom.js';

/**
 * One XSD validator for MsgHead (with Dialogmelding and Base64Container inside its strict
 * `<any>` content) and AppRec, built once on first use from the unchanged national schemas in
 * `interop/xsd/` through the wrapper `all.xsd`. The validator lives for the process.
 */

const MAX_MESSAGES = 50;
const MAX_MESSAGE_LENGTH = 400;

/**
 * The schema folder. From source (tsx, vitest) it sits beside this module; the server bundle
 * (server/dist/main.mjs) has no such neighbour, so it falls back to the source tree under the
 * project root, as the migrations do.
 */
export function xsdDirectory(): string {
  const candidates = [
    fileURLToPath(new URL('../../xsd/', import.meta.url)),
    join(projectRoot(), 'server', 'src', 'modules', 'interop', 'xsd'),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, 'all.xsd')));
  if (!found) throw new Error(`XSD folder with all.xsd not found (looked in ${candidates.join(', ')})`);
  return resolve(found) + sep;
}

let validator: XsdValidator | undefined;
let schemaDoc: XmlDocument | undefined;

function getValidator(): XsdValidator {
  if (validator) return validator;
  const dir = xsdDirectory();
  registerSchemaFolder(dir);
  const url = pathToFileURL(join(dir, 'all.xsd')).href;
  const doc = XmlDocument.fromBuffer(readFileSync(join(dir, 'all.xsd')), { url });
  try {
    validator = XsdValidator.fromDoc(doc);
  } catch (error) {
    doc.dispose();
    throw error;
  }
  // Kept alive with the validator: the compiled schema may point into the document's strings.
  schemaDoc = doc;
  return validator;
}

/** Frees the validator (tests, shutdown); the next validation builds it again. */
export function disposeSchemas(): void {
  validator?.dispose();
  schemaDoc?.dispose();
  validator = undefined;
  schemaDoc = undefined;
}

let registeredFolder: string | undefined;

/**
 * Lets libxml2 read the imported schemas, and nothing else: unlike the library's general file
 * provider, this one only opens files inside the schema folder.
 */
function registerSchemaFolder(dir: string): void {
  if (registeredFolder === dir) return;
  registeredFolder = dir;
  const toPath = (name: string): string | undefined => {
    try {
      const file = name.startsWith('file:') ? fileURLToPath(name) : resolve(name);
      return file.startsWith(dir) && existsSync(file) ? file : undefined;
    } catch {
      return undefined;
    }
  };
  xmlRegisterInputProvider({
    match: (name) => toPath(name) !== undefined,
    open: (name) => {
      const file = toPath(name);
      if (!file) return undefined;
      try {
        return openSync(file, 'r');
      } catch {
        return undefined;
      }
    },
    read: (fd, buf) => {
      try {
        return readSync(fd, buf, 0, buf.byteLength, null);
      } catch {
        return -1;
      }
    },
    close: (fd) => {
      try {
        closeSync(fd);
        return true;
      } catch {
        return false;
      }
    },
  });
}

type Target = XmlDocument | XmlElement;

const rootOf = (target: Target): XmlElement => (target instanceof XmlDocument ? target.root : target);

/** Schema messages for a MsgHead (document or element); [] when valid. */
export function validateMsgHead(target: Target): string[] {
  const root = rootOf(target);
  if (!isElement(root, NS.msgHead, 'MsgHead')) return [`Expected {${NS.msgHead}}MsgHead, found {${root.namespaceUri}}${root.name}`];
  return validate(root);
}

/** Schema messages for an AppRec (document or element); [] when valid. */
export function validateAppRec(target: Target): string[] {
  const root = rootOf(target);
  if (!isElement(root, NS.appRec, 'AppRec')) return [`Expected {${NS.appRec}}AppRec, found {${root.namespaceUri}}${root.name}`];
  return validate(root);
}

function validate(element: XmlElement): string[] {
  try {
    getValidator().validate(element);
    return [];
  } catch (error) {
    if (error instanceof XmlValidateError) {
      const messages = error.details.slice(0, MAX_MESSAGES).map((d) => shorten(`line ${d.line}: ${d.message.trim()}`));
      if (error.details.length > MAX_MESSAGES) messages.push(`… ${error.details.length - MAX_MESSAGES} more`);
      return messages.length > 0 ? messages : [shorten(error.message.trim())];
    }
    if (error instanceof XmlError) return [`Validation failed: ${shorten(error.message)}`];
    throw error;
  }
}

// Messages quote the offending value; a rejected base64 attachment would quote megabytes.
const shorten = (message: string) => (message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}…` : message);
