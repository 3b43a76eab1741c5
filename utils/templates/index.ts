// Templates: the syntax, rendering, built-ins per language, and picking which to offer.
export { parseTemplate, isTemplateVariable, TEMPLATE_VARIABLES } from './syntax';
export type {
  ParsedTemplate,
  TemplateError,
  TemplateErrorCode,
  TemplatePart,
  InlinePart,
  SectionPart,
  TemplateVariable,
} from './syntax';
export { renderTemplate, formatDueDate, firstNameOf } from './render';
export type { TemplateVars, RenderOptions, RenderResult } from './render';
export { BUILTIN_TEMPLATES, TEMPLATE_KINDS } from './builtin';
export { pickTemplates, acknowledgementFor } from './pick';
export type { PickOptions } from './pick';
