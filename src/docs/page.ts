/**
 * The reference page of GET /docs: the OpenAPI document rendered at build time
 * (scripts/openapi.ts writes it to dist-assets/docs.html, a static file) into one
 * self-contained HTML page (no script, no CDN, no font or image), so it works offline and
 * under a CSP that allows nothing but its own inline style.
 *
 * It reads only what the gateway's document uses: operations with their security, parameters,
 * body and responses; component schemas as property tables; security schemes.
 */

import { isJsonObject } from '../json.ts'

type Node = Record<string, unknown>

const nodeOf = (value: unknown): Node => (isJsonObject(value) ? value : {})
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '')

/** The page's only style; its hash goes into the Content-Security-Policy (dist-assets/_headers, written by scripts/openapi.ts). */
export const DOCS_STYLE =
  'body{font:15px/1.5 system-ui,sans-serif;max-width:68rem;margin:0 auto;padding:1rem 1.5rem;color:#1a1a1a}' +
  'h1 small{font-weight:normal;color:#666}h2{margin-top:2.5rem;border-bottom:1px solid #ddd}' +
  'section{margin:1.5rem 0 2rem}h3{margin:1rem 0 .3rem;font-size:1.05rem}h4{margin:.8rem 0 .2rem;font-size:.95rem}' +
  'table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;vertical-align:top;' +
  'padding:.25rem .5rem;border-bottom:1px solid #eee}code{font:.9em ui-monospace,monospace;background:#f4f4f4;' +
  'padding:0 .2em}.m{display:inline-block;min-width:4.5em;font:bold .8em ui-monospace,monospace;color:#fff;' +
  'background:#555;padding:.15em .4em;border-radius:3px;text-align:center}.get{background:#1a7f37}' +
  '.post{background:#0969da}.put{background:#8250df}.patch{background:#9a6700}.delete{background:#cf222e}' +
  'nav li{list-style:none}nav ul{padding-left:0}.req{color:#cf222e}a{color:#0969da}'

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  )

/** Escaped text, with the documents' `backticks` as <code>. */
const prose = (text: unknown) => escapeHtml(textOf(text)).replace(/`([^`]+)`/g, '<code>$1</code>')

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const

/** Follows a local `$ref` (`#/components/<kind>/<name>`) once. */
const resolve = (document: Node, value: unknown): Node => {
  const node = nodeOf(value)
  const target = textOf(node.$ref)
  if (!target.startsWith('#/')) return node
  let found: unknown = document
  for (const part of target.slice(2).split('/')) found = nodeOf(found)[part]
  return nodeOf(found)
}

const refName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1)

/** A schema's type as short HTML: `string`, `string[]`, links to component schemas, unions. */
function typeOf(value: unknown): string {
  const schema = nodeOf(value)
  if (typeof schema.$ref === 'string') {
    const name = escapeHtml(refName(schema.$ref))
    return `<a href="#schema-${name}">${name}</a>`
  }
  const union = schema.anyOf ?? schema.oneOf
  if (Array.isArray(union)) return union.map(typeOf).join(' | ')
  if ('const' in schema) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`
  if (Array.isArray(schema.enum)) {
    return schema.enum.map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`).join(' | ')
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type]
  if (types.length === 0) return 'any'
  return types.map((t) => (t === 'array' ? `${typeOf(schema.items)}[]` : escapeHtml(String(t)))).join(' | ')
}

const LIMITS: [string, string][] = [
  ['format', ''],
  ['minLength', 'min length '],
  ['maxLength', 'max length '],
  ['minItems', 'min items '],
  ['maxItems', 'max items '],
  ['minimum', 'min '],
  ['minProperties', 'min properties '],
  ['pattern', 'pattern '],
]
const limitsOf = (value: unknown) => {
  const schema = nodeOf(value)
  const parts = LIMITS.filter(([key]) => schema[key] !== undefined).map(
    ([key, label]) => `${label}<code>${escapeHtml(String(schema[key]))}</code>`,
  )
  if (schema.additionalProperties === false) parts.push('no other properties')
  return parts.join(', ')
}

const table = (head: string[], rows: string[][]) =>
  rows.length === 0
    ? ''
    : `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`

const required = (yes: boolean) => (yes ? '<span class="req">required</span>' : '')

const securityText = (value: unknown) => {
  if (!Array.isArray(value)) return ''
  if (value.length === 0) return '<p>No credential.</p>'
  const options = value.map((requirement) =>
    Object.keys(nodeOf(requirement))
      .map((name) => `<a href="#security-${escapeHtml(name)}">${escapeHtml(name)}</a>`)
      .join(' + '),
  )
  return `<h4>Credentials (any one of)</h4><p>${options.join(' · ')}</p>`
}

const parametersTable = (document: Node, value: unknown) => {
  const rows = (Array.isArray(value) ? value : []).map((p) => {
    const param = resolve(document, p)
    const schema = nodeOf(param.schema)
    return [
      `<code>${escapeHtml(textOf(param.name))}</code>`,
      escapeHtml(textOf(param.in)),
      typeOf(schema),
      required(param.required === true),
      [prose(param.description), limitsOf(schema)].filter(Boolean).join(' '),
    ]
  })
  return rows.length === 0 ? '' : `<h4>Parameters</h4>${table(['Name', 'In', 'Type', '', 'Notes'], rows)}`
}

const contentTypes = (content: unknown) =>
  Object.entries(nodeOf(content))
    .map(([type, media]) => `<code>${escapeHtml(type)}</code> ${typeOf(nodeOf(media).schema)}`)
    .join(', ')

const bodyText = (document: Node, value: unknown) => {
  if (value === undefined) return ''
  const body = resolve(document, value)
  return `<h4>Request body</h4><p>${contentTypes(body.content)} ${required(body.required === true)} ${prose(body.description)}</p>`
}

const responsesTable = (document: Node, value: unknown) => {
  const rows = Object.entries(nodeOf(value)).map(([status, r]) => {
    const response = resolve(document, r)
    return [`<code>${escapeHtml(status)}</code>`, prose(response.description), contentTypes(response.content)]
  })
  return `<h4>Responses</h4>${table(['Status', 'Meaning', 'Body'], rows)}`
}

interface Operation {
  id: string
  method: string
  path: string
  op: Node
  pathItem: Node
}

const paragraph = (html: string) => (html.trim() === '' ? '' : `<p>${html}</p>`)

/** Property rows; an inline object's own properties follow it as `parent.child`. */
function propertyRows(value: unknown, prefix = ''): string[][] {
  const schema = nodeOf(value)
  const needed = new Set(Array.isArray(schema.required) ? schema.required : [])
  return Object.entries(nodeOf(schema.properties)).flatMap(([prop, s]) => [
    [
      `<code>${escapeHtml(prefix + prop)}</code>`,
      typeOf(s),
      required(needed.has(prop)),
      [prose(nodeOf(s).description), limitsOf(s)].filter(Boolean).join(' '),
    ],
    ...propertyRows(s, `${prefix}${prop}.`),
  ])
}

const schemaHtml = ([name, value]: [string, unknown]) => {
  const schema = nodeOf(value)
  const rows = propertyRows(schema)
  const id = escapeHtml(name)
  return `<section id="schema-${id}"><h3>${id}</h3>${paragraph(`${prose(schema.description)} ${limitsOf(schema)}`)}${
    rows.length > 0 ? table(['Property', 'Type', '', 'Notes'], rows) : `<p>${typeOf(schema)}</p>`
  }</section>`
}

const operationHtml = (document: Node, { id, method, path, op, pathItem }: Operation) =>
  `<section id="op-${escapeHtml(id)}"><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(
    path,
  )}</code></h3><p><strong>${prose(op.summary)}</strong></p>${paragraph(
    `${prose(op.description)} ${prose(pathItem.description)}`,
  )}${securityText(op.security)}${parametersTable(document, op.parameters)}${bodyText(document, op.requestBody)}${responsesTable(
    document,
    op.responses,
  )}</section>`

/** A security scheme's row: its name (a link target), how it is sent, its notes. */
function schemeRow([name, s]: [string, unknown]): string[] {
  const scheme = nodeOf(s)
  const how =
    scheme.type === 'http'
      ? `<code>Authorization: Bearer</code>${scheme.bearerFormat ? ` (${escapeHtml(textOf(scheme.bearerFormat))})` : ''}`
      : `header <code>${escapeHtml(textOf(scheme.name))}</code>`
  return [
    `<span id="security-${escapeHtml(name)}"><code>${escapeHtml(name)}</code></span>`,
    how,
    prose(scheme.description),
  ]
}

/** A tag's part of the navigation: its name, description and links to its operations. */
function navSection(tag: Node, operations: readonly Operation[]): string {
  const links = operations
    .filter(({ op }) => Array.isArray(op.tags) && op.tags.includes(tag.name))
    .map(
      ({ id, method, path }) =>
        `<li><a href="#op-${escapeHtml(id)}"><span class="m ${method}">${method.toUpperCase()}</span> ${escapeHtml(path)}</a></li>`,
    )
  return `<h3>${prose(tag.name)}</h3>${paragraph(prose(tag.description))}<ul>${links.join('')}</ul>`
}

export function renderDocsPage(document: Node, openapiHref: string): string {
  const components = nodeOf(document.components)
  const info = nodeOf(document.info)
  const operations: Operation[] = []
  for (const [path, item] of Object.entries(nodeOf(document.paths))) {
    for (const method of METHODS) {
      const op = nodeOf(nodeOf(item)[method])
      if (Object.keys(op).length > 0) {
        operations.push({ id: textOf(op.operationId) || `${method}-${path}`, method, path, op, pathItem: nodeOf(item) })
      }
    }
  }

  const schemeRows = Object.entries(nodeOf(components.securitySchemes)).map(schemeRow)
  const tags = (Array.isArray(document.tags) ? document.tags : []).map(nodeOf)
  const nav = tags.map((tag) => navSection(tag, operations)).join('')

  const title = escapeHtml(textOf(info.title))
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} API reference</title>` +
    `<style>${DOCS_STYLE}</style></head><body><header><h1>${title} <small>${escapeHtml(textOf(info.version))}</small></h1>` +
    `<p>${prose(info.description)}</p><p>Machine-readable: <a href="${escapeHtml(openapiHref)}">OpenAPI ${escapeHtml(
      textOf(document.openapi),
    )} document</a>.</p></header><nav><h2>Operations</h2>${nav}</nav><main>` +
    `<h2>Operations</h2>${operations.map((operation) => operationHtml(document, operation)).join('')}` +
    `<h2>Schemas</h2>${Object.entries(nodeOf(components.schemas)).map(schemaHtml).join('')}` +
    `<h2>Credentials</h2>${table(['Scheme', 'Sent as', 'Notes'], schemeRows)}</main></body></html>`
  )
}
