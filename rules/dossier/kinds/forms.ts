// The recognised forms of a dossier (files matched to a component with a form template and read
// with text) and their fields, computed once per check and shared by the form.* / field rules.
import type { DossierContext, DossierFile } from '../context.ts';
import type { Component } from '../catalogue.ts';
import { extractFields, type FieldValue } from '../fields.ts';

export interface FormFile {
  file: DossierFile;
  component: Component;
  fields: FieldValue[];
}

const cache = new WeakMap<DossierContext, FormFile[]>();

export function formFiles(ctx: DossierContext): FormFile[] {
  let v = cache.get(ctx);
  if (v) return v;
  v = [];
  for (const s of ctx.components) {
    if (!s.component.form?.textExpected) continue;
    for (const f of s.files) {
      if (!f.read.model || f.read.imageOnly) continue;
      v.push({ file: f, component: s.component, fields: extractFields(f.read.model, s.component.form.fields) });
    }
  }
  cache.set(ctx, v);
  return v;
}

/** A required template field left blank: reported by tthc.field.empty, not again as a placeholder. */
export function isRequiredBlank(f: FieldValue): boolean {
  return f.blank && f.template?.required === true;
}
