var Ao = Object.create
var vn = Object.defineProperty
var Eo = Object.getOwnPropertyDescriptor
var Ro = Object.getOwnPropertyNames
var Ho = Object.getPrototypeOf,
  No = Object.prototype.hasOwnProperty
var qo = (n, e) => () => {
    try {
      return (e || n((e = { exports: {} }).exports, e), e.exports)
    } catch (t) {
      throw ((e = 0), t)
    }
  },
  xo = (n, e) => {
    for (var t in e) vn(n, t, { get: e[t], enumerable: !0 })
  },
  Ko = (n, e, t, s) => {
    if ((e && typeof e == 'object') || typeof e == 'function')
      for (const r of Ro(e))
        !No.call(n, r) && r !== t && vn(n, r, { get: () => e[r], enumerable: !(s = Eo(e, r)) || s.enumerable })
    return n
  }
var Lo = (n, e, t) => (
  (t = n != null ? Ao(Ho(n)) : {}), Ko(e || !n || !n.__esModule ? vn(t, 'default', { value: n, enumerable: !0 }) : t, n)
)
var Yr = qo((Ud, Xr) => {
  var Va = new Set([
    'ENOTFOUND',
    'ENETUNREACH',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_CRL',
    'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
    'UNABLE_TO_DECRYPT_CRL_SIGNATURE',
    'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
    'CERT_SIGNATURE_FAILURE',
    'CRL_SIGNATURE_FAILURE',
    'CERT_NOT_YET_VALID',
    'CERT_HAS_EXPIRED',
    'CRL_NOT_YET_VALID',
    'CRL_HAS_EXPIRED',
    'ERROR_IN_CERT_NOT_BEFORE_FIELD',
    'ERROR_IN_CERT_NOT_AFTER_FIELD',
    'ERROR_IN_CRL_LAST_UPDATE_FIELD',
    'ERROR_IN_CRL_NEXT_UPDATE_FIELD',
    'OUT_OF_MEM',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'CERT_CHAIN_TOO_LONG',
    'CERT_REVOKED',
    'INVALID_CA',
    'PATH_LENGTH_EXCEEDED',
    'INVALID_PURPOSE',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'HOSTNAME_MISMATCH',
  ])
  Xr.exports = (n) => !Va.has(n && n.code)
})
var kt = (n) => Object.keys({ waitForActionAttempt: !0 }).includes(n)
var Bs = (n) => d(n),
  d = (n) => {
    if (!('client' in n) || n.client == null) return !1
    const e = Object.keys(n).filter((t) => t !== 'client')
    if (e.filter((t) => !kt(t)).length > 0)
      throw new a(`The client option cannot be used with any other option, but received: ${e.join(', ')}`)
    return !0
  },
  T = (n) => {
    if (!('apiKey' in n) || n.apiKey == null) return !1
    if ('clientSessionToken' in n && n.clientSessionToken != null)
      throw new a('The clientSessionToken option cannot be used with the apiKey option')
    if ('consoleSessionToken' in n && n.consoleSessionToken != null)
      throw new a('The consoleSessionToken option cannot be used with the apiKey option')
    if ('personalAccessToken' in n && n.personalAccessToken != null)
      throw new a('The personalAccessToken option cannot be used with the apiKey option')
    return !0
  },
  O = (n) => {
    if (!('clientSessionToken' in n) || n.clientSessionToken == null) return !1
    if ('apiKey' in n && n.apiKey != null)
      throw new a('The apiKey option cannot be used with the clientSessionToken option')
    if ('consoleSessionToken' in n && n.consoleSessionToken != null)
      throw new a('The consoleSessionToken option cannot be used with the clientSessionToken option')
    if ('personalAccessToken' in n && n.personalAccessToken != null)
      throw new a('The personalAccessToken option cannot be used with the clientSessionToken option')
    return !0
  },
  Wn = (n) => {
    if (!('consoleSessionToken' in n) || n.consoleSessionToken == null) return !1
    if ('apiKey' in n && n.apiKey != null)
      throw new a('The apiKey option cannot be used with the consoleSessionToken option')
    if ('clientSessionToken' in n && n.clientSessionToken != null)
      throw new a('The clientSessionToken option cannot be used with the consoleSessionToken option')
    if ('personalAccessToken' in n && n.personalAccessToken != null)
      throw new a('The personalAccessToken option cannot be used with the consoleSessionToken option')
    return !0
  },
  P = (n) => {
    if (!Wn(n)) return !1
    if (!('workspaceId' in n) || n.workspaceId == null)
      throw new a('Must pass a workspaceId when using a consoleSessionToken')
    return !0
  },
  Dn = (n) => {
    if (!('personalAccessToken' in n) || n.personalAccessToken == null) return !1
    if ('apiKey' in n && n.apiKey != null)
      throw new a('The apiKey option cannot be used with the personalAccessToken option')
    if ('clientSessionToken' in n && n.clientSessionToken != null)
      throw new a('The clientSessionToken option cannot be used with the personalAccessToken option')
    if ('consoleSessionToken' in n && n.consoleSessionToken != null)
      throw new a('The consoleSessionToken option cannot be used with the personalAccessToken option')
    return !0
  },
  g = (n) => {
    if (!Dn(n)) return !1
    if (!('workspaceId' in n) || n.workspaceId == null)
      throw new a('Must pass a workspaceId when using a personalAccessToken')
    return !0
  },
  a = class extends Error {
    constructor(e) {
      super(`SeamHttp received invalid options: ${e}`), (this.name = this.constructor.name)
    }
  }
var Un = 'seam_',
  Fn = 'seam_at'
var jn = 'seam_cst',
  Bn = 'seam_pk',
  Ie = (n) => n.startsWith(Fn),
  Me = (n) => n.startsWith('ey'),
  Gs = (n) => n.startsWith(Un)
var ve = (n) => n.startsWith(jn),
  We = (n) => n.startsWith(Bn)
var $s = (n) => {
    if ('publishableKey' in n && n.publishableKey != null) return Do(n.publishableKey)
    if (T(n)) return Mo(n)
    if (O(n)) return C(n)
    if (Wn(n) || P(n)) return vo(n)
    if (Dn(n) || g(n)) return Wo(n)
    throw new a(
      [
        'Must specify',
        'an apiKey,',
        'clientSessionToken,',
        'publishableKey,',
        'consoleSessionToken',
        'or personalAccessToken.',
        'Attempted reading configuration from the environment, but the environment variable SEAM_API_KEY is not set.',
      ].join(' '),
    )
  },
  Mo = ({ apiKey: n }) => {
    if (ve(n)) throw new $('A Client Session Token cannot be used as an apiKey')
    if (Me(n)) throw new $('A JWT cannot be used as an apiKey')
    if (Ie(n)) throw new $('An Access Token cannot be used as an apiKey')
    if (We(n)) throw new $('A Publishable Key cannot be used as an apiKey')
    if (!Gs(n)) throw new $(`Unknown or invalid apiKey format, expected token to start with ${Un}`)
    return { authorization: `Bearer ${n}` }
  },
  C = ({ clientSessionToken: n }) => {
    if (Me(n)) throw new $('A JWT cannot be used as a clientSessionToken')
    if (Ie(n)) throw new $('An Access Token cannot be used as a clientSessionToken')
    if (We(n)) throw new $('A Publishable Key cannot be used as a clientSessionToken')
    if (!ve(n)) throw new $(`Unknown or invalid clientSessionToken format, expected token to start with ${jn}`)
    return { authorization: `Bearer ${n}`, 'client-session-token': n }
  },
  vo = ({ consoleSessionToken: n, ...e }) => {
    const t = 'workspaceId' in e ? e.workspaceId : void 0
    if (Ie(n)) throw new $('An Access Token cannot be used as a consoleSessionToken')
    if (ve(n)) throw new $('A Client Session Token cannot be used as a consoleSessionToken')
    if (We(n)) throw new $('A Publishable Key cannot be used as a consoleSessionToken')
    if (!Me(n)) throw new $(`Unknown or invalid consoleSessionToken format, expected a JWT which starts with ${'ey'}`)
    return { authorization: `Bearer ${n}`, ...(t != null ? { 'seam-workspace': t } : {}) }
  },
  Wo = ({ personalAccessToken: n, ...e }) => {
    const t = 'workspaceId' in e ? e.workspaceId : void 0
    if (Me(n)) throw new $('A JWT cannot be used as a personalAccessToken')
    if (ve(n)) throw new $('A Client Session Token cannot be used as a personalAccessToken')
    if (We(n)) throw new $('A Publishable Key cannot be used as a personalAccessToken')
    if (!Ie(n)) throw new $(`Unknown or invalid personalAccessToken format, expected token to start with ${Fn}`)
    return { authorization: `Bearer ${n}`, ...(t != null ? { 'seam-workspace': t } : {}) }
  },
  Do = (n) => {
    if (Me(n)) throw new $('A JWT cannot be used as a publishableKey')
    if (Ie(n)) throw new $('An Access Token cannot be used as a publishableKey')
    if (ve(n)) throw new $('A Client Session Token Key cannot be used as a publishableKey')
    if (!We(n)) throw new $(`Unknown or invalid publishableKey format, expected token to start with ${Bn}`)
    return { 'seam-publishable-key': n }
  },
  $ = class extends Error {
    constructor(e) {
      super(`SeamHttp received an invalid token: ${e}`), (this.name = this.constructor.name)
    }
  },
  b = (n) => {
    Uo(n) &&
      console.warn(
        'Using an email for the userIdentifierKey is insecure and may return an error in the future!',
        'This is insecure because an email is common knowledge or easily guessed.',
        'Use something with sufficient entropy known only to the owner of the client session.',
        'For help choosing a user identifier key see',
        'https://docs.seam.co/latest/seam-components/overview/get-started-with-client-side-components#3-select-a-user-identifier-key',
      )
  },
  Uo = (n) => (n.includes('!') ? !1 : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(n))
function et(n, e) {
  return function () {
    return n.apply(e, arguments)
  }
}
var { toString: Fo } = Object.prototype,
  { getPrototypeOf: we } = Object,
  { iterator: tt, toStringTag: Js } = Symbol,
  Se = (
    ({ hasOwnProperty: n }) =>
    (e, t) =>
      n.call(e, t)
  )(Object.prototype),
  Xs = (n) => typeof n == 'string' && (n === '__proto__' || n === 'constructor' || n === 'prototype'),
  Ct = (n, e, t) => n === Object.prototype || (!t && e === null),
  jo = (n) => {
    if (!Object.isExtensible(n)) return !1
    const e = Object.getOwnPropertyNames(n)
    return (
      Object.getOwnPropertySymbols && e.push(...Object.getOwnPropertySymbols(n)),
      e.every((t) => {
        if (Xs(t)) return !1
        const s = Object.getOwnPropertyDescriptor(n, t)
        return !!s && s.configurable && s.writable === !0
      })
    )
  },
  $n = (n, e) => {
    let t = n,
      s = []
    for (; t != null; ) {
      if (s.indexOf(t) !== -1) return !1
      s.push(t)
      const r = we(t)
      if (Ct(t, r, t === n)) return !1
      if (Se(t, e)) return !0
      t = r
    }
    return !1
  },
  Bo = (n, e) => (n != null && $n(n, e) ? n[e] : void 0),
  Go = (n) => {
    if (n == null || (typeof n != 'object' && typeof n != 'function')) return n
    const e = we(n)
    if (e === null && jo(n)) return n
    let t = Object.create(null),
      s = Object.create(null),
      r = [],
      o = n
    for (; o != null && r.indexOf(o) === -1; ) {
      r.push(o)
      const i = o === n ? e : we(o)
      if (Ct(o, i, o === n)) break
      const c = Object.getOwnPropertyNames(o)
      Object.getOwnPropertySymbols && c.push(...Object.getOwnPropertySymbols(o))
      for (const m of c) Xs(m) || Se(s, m) || ((t[m] = n[m]), (s[m] = !0))
      o = i
    }
    return t
  },
  zn = ((n) => (e) => {
    const t = Fo.call(e)
    return n[t] || (n[t] = t.slice(8, -1).toLowerCase())
  })(Object.create(null)),
  ce = (n) => ((n = n.toLowerCase()), (e) => zn(e) === n),
  bt = (n) => (e) => typeof e === n,
  { isArray: Ne } = Array,
  qe = bt('undefined')
function De(n) {
  return (
    n !== null &&
    !qe(n) &&
    n.constructor !== null &&
    !qe(n.constructor) &&
    se(n.constructor.isBuffer) &&
    n.constructor.isBuffer(n)
  )
}
var Ys = ce('ArrayBuffer')
function $o(n) {
  let e
  return (
    typeof ArrayBuffer < 'u' && ArrayBuffer.isView ? (e = ArrayBuffer.isView(n)) : (e = n && n.buffer && Ys(n.buffer)),
    e
  )
}
var zo = bt('string'),
  se = bt('function'),
  Vo = bt('number'),
  Ue = (n) => n !== null && typeof n == 'object',
  Jo = (n) => n === !0 || n === !1,
  _t = (n) => {
    if (!Ue(n)) return !1
    const e = we(n)
    return (e === null || e === Object.prototype || we(e) === null) && (Ct(n, e, !0) || (!Se(n, Js) && !Se(n, tt)))
  },
  Xo = (n) => {
    if (!Ue(n) || De(n)) return !1
    try {
      return Object.keys(n).length === 0 && Object.getPrototypeOf(n) === Object.prototype
    } catch {
      return !1
    }
  },
  Yo = ce('Date'),
  Qo = ce('File'),
  Zo = (n) => !!(n && typeof n.uri < 'u'),
  ei = (n) => n && typeof n.getParts < 'u',
  ti = ce('Blob'),
  ni = ce('FileList'),
  si = ce('Set'),
  ri = (n) => Ue(n) && se(n.pipe)
function oi() {
  return typeof globalThis < 'u'
    ? globalThis
    : typeof self < 'u'
      ? self
      : typeof window < 'u'
        ? window
        : typeof global < 'u'
          ? global
          : {}
}
var zs = oi(),
  Vs = typeof zs.FormData < 'u' ? zs.FormData : void 0,
  ii = (n) => {
    if (!n) return !1
    if (Vs && n instanceof Vs) return !0
    const e = we(n)
    if (!e || e === Object.prototype || !se(n.append)) return !1
    const t = zn(n)
    return t === 'formdata' || (t === 'object' && se(n.toString) && n.toString() === '[object FormData]')
  },
  ai = ce('URLSearchParams'),
  [ci, li, ui, mi] = ['ReadableStream', 'Request', 'Response', 'Headers'].map(ce),
  di = (n) => (n.trim ? n.trim() : n.replace(/^[\s\uFEFF\xA0]+|[\s\uFEFF\xA0]+$/g, ''))
function nt(n, e, { allOwnKeys: t = !1 } = {}) {
  if (n === null || typeof n > 'u') return
  let s, r
  if ((typeof n != 'object' && (n = [n]), Ne(n))) for (s = 0, r = n.length; s < r; s++) e.call(null, n[s], s, n)
  else {
    if (De(n)) return
    let o = t ? Object.getOwnPropertyNames(n) : Object.keys(n),
      i = o.length,
      c
    for (s = 0; s < i; s++) (c = o[s]), e.call(null, n[c], c, n)
  }
}
function pi(n, e) {
  if (De(n)) return null
  e = e.toLowerCase()
  let t = Object.keys(n),
    s = t.length,
    r
  for (; s-- > 0; ) if (((r = t[s]), e === r.toLowerCase())) return r
  return null
}
var He = typeof globalThis < 'u' ? globalThis : typeof self < 'u' ? self : typeof window < 'u' ? window : global,
  Qs = (n) => !qe(n) && n !== He
function Gn(...n) {
  const { caseless: e, skipUndefined: t } = (Qs(this) && this) || {},
    s = {},
    r = e ? Object.create(null) : null,
    o = (i, c) => {
      if (c === '__proto__' || c === 'constructor' || c === 'prototype') return
      let m = c
      if (r && typeof c == 'string') {
        const y = c.toLowerCase(),
          E = r[y]
        E !== void 0 && Se(s, E) ? (m = E) : (r[y] = c)
      }
      const w = Se(s, m) ? s[m] : void 0
      _t(w) && _t(i)
        ? (s[m] = Gn(w, i))
        : _t(i)
          ? (s[m] = Gn({}, i))
          : Ne(i)
            ? (s[m] = i.slice())
            : (!t || !qe(i)) && (s[m] = i)
    }
  for (let i = 0, c = n.length; i < c; i++) {
    const m = n[i]
    if (!m || De(m) || (nt(m, o), typeof m != 'object' || Ne(m) || !Object.getOwnPropertySymbols)) continue
    const w = Object.getOwnPropertySymbols(m)
    for (let y = 0; y < w.length; y++) {
      const E = w[y]
      Ci.call(m, E) && o(m[E], E)
    }
  }
  return s
}
var fi = (n, e, t, { allOwnKeys: s } = {}) => (
    nt(
      e,
      (r, o) => {
        t && se(r)
          ? Object.defineProperty(n, o, {
              __proto__: null,
              value: et(r, t),
              writable: !0,
              enumerable: !0,
              configurable: !0,
            })
          : Object.defineProperty(n, o, { __proto__: null, value: r, writable: !0, enumerable: !0, configurable: !0 })
      },
      { allOwnKeys: s },
    ),
    n
  ),
  hi = (n) => (n.charCodeAt(0) === 65279 && (n = n.slice(1)), n),
  wi = (n, e, t, s) => {
    ;(n.prototype = Object.create(e.prototype, s)),
      Object.defineProperty(n.prototype, 'constructor', {
        __proto__: null,
        value: n,
        writable: !0,
        enumerable: !1,
        configurable: !0,
      }),
      Object.defineProperty(n, 'super', { __proto__: null, value: e.prototype }),
      t && Object.assign(n.prototype, t)
  },
  Si = (n, e, t, s) => {
    let r,
      o,
      i,
      c = {}
    if (((e = e || {}), n == null)) return e
    do {
      for (r = Object.getOwnPropertyNames(n), o = r.length; o-- > 0; )
        (i = r[o]), (!s || s(i, n, e)) && !c[i] && ((e[i] = n[i]), (c[i] = !0))
      n = t !== !1 && we(n)
    } while (n && (!t || t(n, e)) && n !== Object.prototype)
    return e
  },
  yi = (n, e, t) => {
    ;(n = String(n)), (t === void 0 || t > n.length) && (t = n.length), (t -= e.length)
    const s = n.indexOf(e, t)
    return s !== -1 && s === t
  },
  Oi = (n) => {
    if (!n) return null
    if (Ne(n)) return n
    let e = n.length
    if (!Number.isSafeInteger(e) || e < 0 || e > 4294967295) return null
    let t = new Set(),
      s = new Set(),
      r = n
    for (; r != null && t.size < e; ) {
      if (s.has(r)) return null
      s.add(r)
      const i = we(r)
      if (Ct(r, i, r === n)) break
      Object.getOwnPropertyNames(r).forEach((c) => {
        const m = +c
        Number.isInteger(m) && m >= 0 && m < e && String(m) === c && Se(r, c) && t.add(m)
      }),
        (r = i)
    }
    if (t.size !== e) return null
    const o = new Array(e)
    for (; e-- > 0; ) o[e] = n[e]
    return o
  },
  Ti = (
    (n) => (e) =>
      n && e instanceof n
  )(typeof Uint8Array < 'u' && we(Uint8Array)),
  Pi = (n, e) => {
    let s = (n && n[tt]).call(n),
      r
    for (; (r = s.next()) && !r.done; ) {
      const o = r.value
      e.call(n, o[0], o[1])
    }
  },
  gi = (n, e) => {
    let t,
      s = []
    for (; (t = n.exec(e)) !== null; ) s.push(t)
    return s
  },
  ki = ce('HTMLFormElement'),
  _i = (n) => n.toLowerCase().replace(/[-_\s]([a-z\d])(\w*)/g, (t, s, r) => s.toUpperCase() + r),
  { propertyIsEnumerable: Ci } = Object.prototype,
  bi = ce('RegExp'),
  Zs = (n, e) => {
    const t = Object.getOwnPropertyDescriptors(n),
      s = {}
    nt(t, (r, o) => {
      let i
      ;(i = e(r, o, n)) !== !1 && (s[o] = i || r)
    }),
      Object.defineProperties(n, s)
  },
  Ai = (n) => {
    Zs(n, (e, t) => {
      if (se(n) && ['arguments', 'caller', 'callee'].includes(t)) return !1
      const s = n[t]
      if (se(s)) {
        if (((e.enumerable = !1), 'writable' in e)) {
          e.writable = !1
          return
        }
        e.set ||
          (e.set = () => {
            throw Error("Can not rewrite read-only method '" + t + "'")
          })
      }
    })
  },
  Ei = (n, e) => {
    const t = {},
      s = (r) => {
        r.forEach((o) => {
          t[o] = !0
        })
      }
    return (Ne(n) ? s(n) : s(String(n).split(e)), t)
  },
  Ri = () => {},
  Hi = (n, e) => (n != null && Number.isFinite((n = +n)) ? n : e)
function Ni(n) {
  return !!(n && se(n.append) && n[Js] === 'FormData' && n[tt])
}
var qi = (n) => {
    const e = new WeakSet(),
      t = (s) => {
        if (Ue(s)) {
          if (e.has(s)) return
          if (De(s)) return s
          if (!('toJSON' in s)) {
            e.add(s)
            let r
            if (si(s)) {
              r = []
              for (const o of s) {
                const i = t(o)
                !qe(i) && r.push(i)
              }
            } else
              (r = Ne(s) ? [] : {}),
                nt(s, (o, i) => {
                  const c = t(o)
                  !qe(c) && (r[i] = c)
                })
            return (e.delete(s), r)
          }
        }
        return s
      }
    return t(n)
  },
  xi = ce('AsyncFunction'),
  Ki = (n) => n && (Ue(n) || se(n)) && se(n.then) && se(n.catch),
  er = ((n, e) =>
    n
      ? setImmediate
      : e
        ? ((t, s) => (
            He.addEventListener(
              'message',
              ({ source: r, data: o }) => {
                r === He && o === t && s.length && s.shift()()
              },
              !1,
            ),
            (r) => {
              s.push(r), He.postMessage(t, '*')
            }
          ))(`axios@${Math.random()}`, [])
        : (t) => setTimeout(t))(typeof setImmediate == 'function', se(He.postMessage)),
  Li = typeof queueMicrotask < 'u' ? queueMicrotask.bind(He) : (typeof process < 'u' && process.nextTick) || er,
  tr = (n) => n != null && se(n[tt]),
  Ii = (n) => n != null && $n(n, tt) && tr(n),
  l = {
    isArray: Ne,
    isArrayBuffer: Ys,
    isBuffer: De,
    isFormData: ii,
    isArrayBufferView: $o,
    isString: zo,
    isNumber: Vo,
    isBoolean: Jo,
    isObject: Ue,
    isPlainObject: _t,
    isEmptyObject: Xo,
    isReadableStream: ci,
    isRequest: li,
    isResponse: ui,
    isHeaders: mi,
    isUndefined: qe,
    isDate: Yo,
    isFile: Qo,
    isReactNativeBlob: Zo,
    isReactNative: ei,
    isBlob: ti,
    isRegExp: bi,
    isFunction: se,
    isStream: ri,
    isURLSearchParams: ai,
    isTypedArray: Ti,
    isFileList: ni,
    forEach: nt,
    merge: Gn,
    extend: fi,
    trim: di,
    stripBOM: hi,
    inherits: wi,
    toFlatObject: Si,
    kindOf: zn,
    kindOfTest: ce,
    endsWith: yi,
    toArray: Oi,
    forEachEntry: Pi,
    matchAll: gi,
    isHTMLForm: ki,
    hasOwnProperty: Se,
    hasOwnProp: Se,
    hasOwnInPrototypeChain: $n,
    getSafeProp: Bo,
    toSafeFlatObject: Go,
    reduceDescriptors: Zs,
    freezeMethods: Ai,
    toObjectSet: Ei,
    toCamelCase: _i,
    noop: Ri,
    toFiniteNumber: Hi,
    findKey: pi,
    global: He,
    isContextDefined: Qs,
    isSpecCompliantForm: Ni,
    toJSONObject: qi,
    isAsyncFn: xi,
    isThenable: Ki,
    setImmediate: er,
    asap: Li,
    isIterable: tr,
    isSafeIterable: Ii,
  }
var Mi = l.toObjectSet([
    'age',
    'authorization',
    'content-length',
    'content-type',
    'etag',
    'expires',
    'from',
    'host',
    'if-modified-since',
    'if-unmodified-since',
    'last-modified',
    'location',
    'max-forwards',
    'proxy-authorization',
    'referer',
    'retry-after',
    'user-agent',
  ]),
  nr = (n) => {
    let e = Object.create(null),
      t,
      s,
      r
    return (
      n &&
        n
          .split(`
`)
          .forEach((i) => {
            ;(r = i.indexOf(':')), (t = i.substring(0, r).trim().toLowerCase()), (s = i.substring(r + 1).trim())
            const c = l.hasOwnProp(e, t)
            !t ||
              (c && l.hasOwnProp(Mi, t)) ||
              (t === 'set-cookie' ? (c ? e[t].push(s) : (e[t] = [s])) : (e[t] = c ? e[t] + ', ' + s : s))
          }),
      e
    )
  }
function vi(n) {
  let e = 0,
    t = n.length
  for (; e < t; ) {
    const s = n.charCodeAt(e)
    if (s !== 9 && s !== 32) break
    e += 1
  }
  for (; t > e; ) {
    const s = n.charCodeAt(t - 1)
    if (s !== 9 && s !== 32) break
    t -= 1
  }
  return e === 0 && t === n.length ? n : n.slice(e, t)
}
var Wi = /[\u0000-\u0008\u000a-\u001f\u007f]+/g,
  Di = /[^\u0009\u0020-\u007e\u0080-\u00ff]+/g
function Vn(n, e) {
  return l.isArray(n) ? n.map((t) => Vn(t, e)) : vi(String(n).replace(e, ''))
}
var sr = (n) => Vn(n, Wi),
  Ui = (n) => Vn(n, Di)
function At(n) {
  const e = Object.create(null)
  return (
    l.forEach(n.toJSON(), (t, s) => {
      e[s] = Ui(t)
    }),
    e
  )
}
var rr = Symbol('internals')
function st(n) {
  return n && String(n).trim().toLowerCase()
}
function Et(n) {
  return n === !1 || n == null ? n : l.isArray(n) ? n.map(Et) : sr(String(n))
}
function Fi(n) {
  let e = Object.create(null),
    t = /([^\s,;=]+)\s*(?:=\s*([^,;]+))?/g,
    s
  for (; (s = t.exec(n)); ) e[s[1]] = s[2]
  return e
}
var ji = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
function Jn(n) {
  let e = 0,
    t = n.length
  for (; e < t; ) {
    const s = n.charCodeAt(e)
    if (s !== 9 && s !== 32) break
    e += 1
  }
  for (; t > e; ) {
    const s = n.charCodeAt(t - 1)
    if (s !== 9 && s !== 32) break
    t -= 1
  }
  return e === 0 && t === n.length ? n : n.slice(e, t)
}
function Bi(n) {
  const e = n.length - 1
  if (e < 1 || n.charCodeAt(0) !== 34 || n.charCodeAt(e) !== 34) return n
  let t = ''
  for (let s = 1; s < e; s++) {
    const r = n.charCodeAt(s)
    if (r === 34 || (r === 92 && ((s += 1), s >= e))) return n
    t += n[s]
  }
  return t
}
function Gi(n) {
  let e = Object.create(null),
    t = String(n),
    s = 0,
    r = !1,
    o = !1
  function i(c) {
    const m = Jn(t.slice(s, c)),
      w = m.indexOf('=')
    if (w < 1) return
    const y = Jn(m.slice(0, w))
    if (!ji.test(y)) return
    const E = y.toLowerCase()
    if (E === '__proto__' || E === 'constructor' || E === 'prototype') return
    const H = Jn(m.slice(w + 1))
    e[E] = Bi(H)
  }
  for (let c = 0; c < t.length; c++) {
    const m = t.charCodeAt(c)
    r
      ? o
        ? (o = !1)
        : m === 92
          ? (o = !0)
          : m === 34 && (r = !1)
      : m === 34
        ? (r = !0)
        : (m === 44 || m === 59) && (i(c), (s = c + 1))
  }
  return (i(t.length), e)
}
var $i = (n) => /^[-_a-zA-Z0-9^`|~,!#$%&'*+.]+$/.test(n.trim()),
  zi = '__Proto__',
  or = (n) => (n === '__proto__' ? zi : n)
function Xn(n, e, t, s, r) {
  if (l.isFunction(s)) return s.call(n, e, t)
  if ((r && (e = t), !!l.isString(e))) {
    if (l.isString(s)) return e.indexOf(s) !== -1
    if (l.isRegExp(s)) return s.test(e)
  }
}
function Vi(n) {
  return n
    .trim()
    .toLowerCase()
    .replace(/([a-z\d])(\w*)/g, (e, t, s) => t.toUpperCase() + s)
}
function Ji(n, e) {
  const t = l.toCamelCase(' ' + e)
  ;['get', 'set', 'has'].forEach((s) => {
    Object.defineProperty(n, s + t, {
      __proto__: null,
      value: function (r, o, i) {
        return this[s].call(this, e, r, o, i)
      },
      configurable: !0,
    })
  })
}
var Fe = class {
  constructor(e) {
    e && this.set(e)
  }
  set(e, t, s) {
    const r = this
    function o(c, m, w) {
      const y = st(m)
      if (!y) return
      const E = l.findKey(r, y)
      ;(!E || r[E] === void 0 || w === !0 || (w === void 0 && r[E] !== !1)) && (r[or(E || m)] = Et(c))
    }
    const i = (c, m) => l.forEach(c, (w, y) => o(w, y, m))
    if (l.isPlainObject(e) || e instanceof this.constructor) i(e, t)
    else if (l.isString(e) && (e = e.trim()) && !$i(e)) i(nr(e), t)
    else if (l.isObject(e) && l.isSafeIterable(e)) {
      let c = Object.create(null),
        m,
        w
      for (const y of e) {
        if (!l.isArray(y)) throw new TypeError('Object iterator must return a key-value pair')
        ;(w = y[0]), l.hasOwnProp(c, w) ? ((m = c[w]), (c[w] = l.isArray(m) ? [...m, y[1]] : [m, y[1]])) : (c[w] = y[1])
      }
      i(c, t)
    } else e != null && o(t, e, s)
    return this
  }
  get(e, t) {
    if (((e = st(e)), e)) {
      const s = l.findKey(this, e)
      if (s) {
        const r = this[s]
        if (!t) return r
        if (t === !0) return Fi(r)
        if (l.isFunction(t)) return t.call(this, r, s)
        if (l.isRegExp(t)) return t.exec(r)
        throw new TypeError('parser must be boolean|regexp|function')
      }
    }
  }
  has(e, t) {
    if (((e = st(e)), e)) {
      const s = l.findKey(this, e)
      return !!(s && this[s] !== void 0 && (!t || Xn(this, this[s], s, t)))
    }
    return !1
  }
  delete(e, t) {
    let s = this,
      r = !1
    function o(i) {
      if (((i = st(i)), i)) {
        const c = l.findKey(s, i)
        c && (!t || Xn(s, s[c], c, t)) && (delete s[c], (r = !0))
      }
    }
    return (l.isArray(e) ? e.forEach(o) : o(e), r)
  }
  clear(e) {
    let t = Object.keys(this),
      s = t.length,
      r = !1
    for (; s--; ) {
      const o = t[s]
      ;(!e || Xn(this, this[o], o, e, !0)) && (delete this[o], (r = !0))
    }
    return r
  }
  normalize(e) {
    const s = Object.create(null)
    return (
      l.forEach(this, (r, o) => {
        const i = l.findKey(s, o)
        if (i) {
          ;(this[i] = Et(r)), delete this[o]
          return
        }
        const c = or(e ? Vi(o) : String(o).trim())
        c !== o && delete this[o], (this[c] = Et(r)), (s[c] = !0)
      }),
      this
    )
  }
  concat(...e) {
    return this.constructor.concat(this, ...e)
  }
  toJSON(e) {
    const t = Object.create(null)
    return (
      l.forEach(this, (s, r) => {
        s != null && s !== !1 && (t[r] = e && l.isArray(s) ? s.join(', ') : s)
      }),
      t
    )
  }
  [Symbol.iterator]() {
    return Object.entries(this.toJSON())[Symbol.iterator]()
  }
  toString() {
    return Object.entries(this.toJSON())
      .map(([e, t]) => e + ': ' + t)
      .join(`
`)
  }
  getSetCookie() {
    const e = this.get('set-cookie')
    return l.isArray(e) ? e : e == null || e === !1 ? [] : [e]
  }
  get [Symbol.toStringTag]() {
    return 'AxiosHeaders'
  }
  static from(e) {
    return e instanceof this ? e : new this(e)
  }
  static parseParameters(e) {
    return Gi(e)
  }
  static concat(e, ...t) {
    const s = new this(e)
    return (t.forEach((r) => s.set(r)), s)
  }
  static accessor(e) {
    const s = (this[rr] = this[rr] = { accessors: {} }).accessors,
      r = this.prototype
    function o(i) {
      const c = st(i)
      s[c] || (Ji(r, i), (s[c] = !0))
    }
    return (l.isArray(e) ? e.forEach(o) : o(e), this)
  }
}
Fe.accessor(['Content-Type', 'Content-Length', 'Accept', 'Accept-Encoding', 'User-Agent', 'Authorization'])
l.reduceDescriptors(Fe.prototype, ({ value: n }, e) => {
  const t = e[0].toUpperCase() + e.slice(1)
  return {
    get: () => n,
    set(s) {
      this[t] = s
    },
  }
})
l.freezeMethods(Fe)
var B = Fe
var rt = '[REDACTED ****]'
function Xi(n) {
  if (l.hasOwnProp(n, 'toJSON')) return !0
  let e = Object.getPrototypeOf(n)
  for (; e && e !== Object.prototype; ) {
    if (l.hasOwnProp(e, 'toJSON')) return !0
    e = Object.getPrototypeOf(e)
  }
  return !1
}
function Yi(n, e) {
  const t = new Set(e.map((o) => String(o).toLowerCase())),
    s = [],
    r = (o) => {
      if (o === null || typeof o != 'object' || l.isBuffer(o)) return o
      if (s.indexOf(o) !== -1) return
      o instanceof B && (o = o.toJSON()), s.push(o)
      let i
      if (l.isArray(o))
        (i = []),
          o.forEach((c, m) => {
            const w = r(c)
            l.isUndefined(w) || (i[m] = w)
          })
      else {
        if (!l.isPlainObject(o) && Xi(o)) return (s.pop(), o)
        i = Object.create(null)
        for (const [c, m] of Object.entries(o)) {
          const w = t.has(c.toLowerCase()) ? rt : r(m)
          l.isUndefined(w) || (i[c] = w)
        }
      }
      return (s.pop(), i)
    }
  return r(n)
}
function ir(n) {
  try {
    return String(n)
  } catch {
    return ''
  }
}
function Qi(n) {
  return (
    n.errors
      .map((t) => {
        try {
          return t && t.message ? ir(t.message) : ir(t)
        } catch {
          return ''
        }
      })
      .filter(Boolean)
      .join('; ') ||
    n.name ||
    'AggregateError'
  )
}
var Zi = `
Caused by: `,
  Yn = Symbol('causeStack')
function ar(n, e) {
  const t = l.hasOwnProp(n, Yn) && n[Yn]
  return t && e.endsWith(t) ? e.length - t.length : -1
}
function ea(n, e) {
  try {
    const t = e && e.stack
    if (typeof t != 'string' || !t) return
    const s = n.stack
    if (typeof s != 'string' || !s) return
    const r = Zi + t
    ;(n.stack = s + r), Object.defineProperty(n, Yn, { __proto__: null, value: r })
  } catch {}
}
var ee = class n extends Error {
  static from(e, t, s, r, o, i) {
    let c = e.message
    !c && l.isArray(e.errors) && e.errors.length && (c = Qi(e))
    const m = new n(c, t || e.code, s, r, o)
    return (
      Object.defineProperty(m, 'cause', { __proto__: null, value: e, writable: !0, enumerable: !1, configurable: !0 }),
      (m.name = e.name),
      ea(m, e),
      e.status != null && m.status == null && (m.status = e.status),
      i && Object.assign(m, i),
      m
    )
  }
  constructor(e, t, s, r, o) {
    super(e),
      Object.defineProperty(this, 'message', {
        __proto__: null,
        value: e,
        enumerable: !0,
        writable: !0,
        configurable: !0,
      }),
      (this.name = 'AxiosError'),
      (this.isAxiosError = !0),
      t && (this.code = t),
      s && (this.config = s),
      r && (this.request = r),
      o && ((this.response = o), (this.status = o.status))
  }
  toJSON() {
    const e = this.config,
      t = e && l.hasOwnProp(e, 'redact') ? e.redact : void 0,
      s = l.isArray(t) && t.length > 0 ? Yi(e, t) : l.toJSONObject(e)
    return {
      message: this.message,
      name: this.name,
      description: this.description,
      number: this.number,
      fileName: this.fileName,
      lineNumber: this.lineNumber,
      columnNumber: this.columnNumber,
      stack: this.stack,
      config: s,
      code: this.code,
      status: this.status,
    }
  }
}
ee.ERR_BAD_OPTION_VALUE = 'ERR_BAD_OPTION_VALUE'
ee.ERR_BAD_OPTION = 'ERR_BAD_OPTION'
ee.ECONNABORTED = 'ECONNABORTED'
ee.ETIMEDOUT = 'ETIMEDOUT'
ee.ECONNREFUSED = 'ECONNREFUSED'
ee.ERR_NETWORK = 'ERR_NETWORK'
ee.ERR_FR_TOO_MANY_REDIRECTS = 'ERR_FR_TOO_MANY_REDIRECTS'
ee.ERR_DEPRECATED = 'ERR_DEPRECATED'
ee.ERR_BAD_RESPONSE = 'ERR_BAD_RESPONSE'
ee.ERR_BAD_REQUEST = 'ERR_BAD_REQUEST'
ee.ERR_CANCELED = 'ERR_CANCELED'
ee.ERR_NOT_SUPPORT = 'ERR_NOT_SUPPORT'
ee.ERR_INVALID_URL = 'ERR_INVALID_URL'
ee.ERR_FORM_DATA_DEPTH_EXCEEDED = 'ERR_FORM_DATA_DEPTH_EXCEEDED'
var k = ee
var Pe = null
var es = 100
function Zn(n) {
  return l.isPlainObject(n) || l.isArray(n)
}
function cr(n) {
  return l.endsWith(n, '[]') ? n.slice(0, -2) : n
}
function Qn(n, e, t) {
  return n
    ? n
        .concat(e)
        .map((r, o) => ((r = cr(r)), !t && o ? '[' + r + ']' : r))
        .join(t ? '.' : '')
    : e
}
function ta(n) {
  return l.isArray(n) && !n.some(Zn)
}
var na = l.toFlatObject(l, {}, null, (e) => /^is[A-Z]/.test(e))
function sa(n, e, t) {
  if (!l.isObject(n)) throw new TypeError('target must be an object')
  e = e || new (Pe || FormData)()
  const s = (q, R) => {
      const S = l.getSafeProp(t, q)
      return l.isUndefined(S) ? R : S
    },
    r = s('metaTokens', !0),
    o = s('visitor') || W,
    i = s('dots', !1),
    c = s('indexes', !1),
    m = s('Blob') || (typeof Blob < 'u' && Blob),
    w = s('maxDepth', es),
    y = m && l.isSpecCompliantForm(e),
    E = []
  if (!l.isFunction(o)) throw new TypeError('visitor must be a function')
  function H(q) {
    if (q === null) return ''
    if (l.isDate(q)) return q.toISOString()
    if (l.isBoolean(q)) return q.toString()
    if (!y && l.isBlob(q)) throw new k('Blob is not supported. Use a Buffer instead.')
    if (l.isArrayBuffer(q) || l.isTypedArray(q)) {
      if (y && typeof m == 'function') return new m([q])
      if (Pe && Pe.isBufferAvailable()) return Pe.from(q)
      throw new k('Blob is not supported. Use a Buffer instead.', k.ERR_NOT_SUPPORT)
    }
    return q
  }
  function N(q) {
    if (q > w)
      throw new k('Object is too deeply nested (' + q + ' levels). Max depth: ' + w, k.ERR_FORM_DATA_DEPTH_EXCEEDED)
  }
  function I(q, R) {
    if (w === 1 / 0) return JSON.stringify(q)
    const S = []
    return JSON.stringify(q, function (M, X) {
      if (!l.isObject(X)) return X
      for (; S.length && S[S.length - 1] !== this; ) S.pop()
      return (S.push(X), N(R + S.length - 1), X)
    })
  }
  function W(q, R, S) {
    let j = q
    if (l.isReactNative(e) && l.isReactNativeBlob(q)) return (e.append(Qn(S, R, i), H(q)), !1)
    if (q && !S && typeof q == 'object') {
      if (l.endsWith(R, '{}')) (R = r ? R : R.slice(0, -2)), (q = I(q, 1))
      else if ((l.isArray(q) && ta(q)) || ((l.isFileList(q) || l.endsWith(R, '[]')) && (j = l.toArray(q))))
        return (
          (R = cr(R)),
          j.forEach((X, v) => {
            !(l.isUndefined(X) || X === null) && e.append(c === !0 ? Qn([R], v, i) : c === null ? R : R + '[]', H(X))
          }),
          !1
        )
    }
    return Zn(q) ? !0 : (e.append(Qn(S, R, i), H(q)), !1)
  }
  const K = Object.assign(na, { defaultVisitor: W, convertValue: H, isVisitable: Zn })
  function F(q, R, S = 0) {
    if (!l.isUndefined(q)) {
      if ((N(S), E.indexOf(q) !== -1)) throw new Error('Circular reference detected in ' + R.join('.'))
      E.push(q),
        l.forEach(q, (M, X) => {
          ;(!(l.isUndefined(M) || M === null) && o.call(e, M, l.isString(X) ? X.trim() : X, R, K)) === !0 &&
            F(M, R ? R.concat(X) : [X], S + 1)
        }),
        E.pop()
    }
  }
  if (!l.isObject(n)) throw new TypeError('data must be an object')
  return (F(n), e)
}
var ge = sa
function lr(n) {
  const e = { '!': '%21', "'": '%27', '(': '%28', ')': '%29', '~': '%7E', '%20': '+' }
  return encodeURIComponent(n).replace(/[!'()~]|%20/g, (s) => e[s])
}
function ur(n, e) {
  ;(this._pairs = []), n && ge(n, this, e)
}
var mr = ur.prototype
mr.append = function (e, t) {
  this._pairs.push([e, t])
}
mr.toString = function (e) {
  const t = e ? (s) => e.call(this, s, lr) : lr
  return this._pairs.map((r) => t(r[0]) + '=' + t(r[1]), '').join('&')
}
var Rt = ur
function ra(n) {
  return encodeURIComponent(n).replace(/%3A/gi, ':').replace(/%24/g, '$').replace(/%2C/gi, ',').replace(/%20/g, '+')
}
function ot(n, e, t) {
  if (!e) return n
  n = n || ''
  let s = l.isFunction(t) ? { serialize: t } : t,
    r = l.getSafeProp(s, 'encode') || ra,
    o = l.getSafeProp(s, 'serialize'),
    i
  if ((o ? (i = o(e, s)) : (i = l.isURLSearchParams(e) ? e.toString() : new Rt(e, s).toString(r)), i)) {
    const c = n.indexOf('#')
    c !== -1 && (n = n.slice(0, c)), (n += (n.indexOf('?') === -1 ? '?' : '&') + i)
  }
  return n
}
var it = Symbol('internals')
function pr(n) {
  return n ? n.length : 0
}
function dr(n) {
  if (n) for (; n.length && n[n.length - 1] === null; ) n.pop()
}
function oa(n) {
  return typeof n == 'string' && n !== '' && String(Number(n)) === n ? Number(n) : n
}
function at(n, e) {
  const t = n.handlers,
    s = pr(t)
  t !== e.handlersRef
    ? ((e.handlersRef = t), e.handlerEntries.clear())
    : s !== e.handlersLength &&
      (s
        ? e.handlerEntries.forEach((o, i) => {
            t[o.index] !== o.handler && e.handlerEntries.delete(i)
          })
        : e.handlerEntries.clear()),
    (e.handlersLength = s)
}
var ts = class {
    constructor() {
      ;(this.handlers = []),
        (this[it] = {
          handlersRef: this.handlers,
          handlersLength: this.handlers.length,
          handlerEntries: new Map(),
          iterationDepth: 0,
          nextId: 0,
        })
    }
    use(e, t, s) {
      const r = { fulfilled: e, rejected: t, synchronous: s ? s.synchronous : !1, runWhen: s ? s.runWhen : null },
        o = this[it]
      this.handlers == null && (this.handlers = []), at(this, o)
      const i = o.nextId++
      return (
        this.handlers.push(r),
        o.handlerEntries.set(i, { handler: r, index: this.handlers.length - 1 }),
        (o.handlersLength = this.handlers.length),
        i
      )
    }
    eject(e) {
      const t = this[it]
      at(this, t)
      const s = oa(e),
        r = t.handlerEntries.get(s)
      if (r) {
        if ((t.handlerEntries.delete(s), this.handlers[r.index] !== r.handler)) return
        ;(this.handlers[r.index] = null),
          t.iterationDepth || (dr(this.handlers), (t.handlersLength = this.handlers.length))
      }
    }
    clear() {
      this.handlers && ((this.handlers = []), at(this, this[it]))
    }
    forEach(e) {
      const t = this[it]
      at(this, t), t.iterationDepth++
      try {
        l.forEach(this.handlers, (r) => {
          r !== null && e(r)
        })
      } finally {
        --t.iterationDepth || (at(this, t), dr(this.handlers), (t.handlersLength = pr(this.handlers)))
      }
    }
  },
  ns = ts
var je = {
  silentJSONParsing: !0,
  forcedJSONParsing: !0,
  clarifyTimeoutError: !1,
  legacyInterceptorReqResOrdering: !0,
  advertiseZstdAcceptEncoding: !1,
  validateStatusUndefinedResolves: !0,
  encodeBasicAuthUsername: !1,
}
var fr = typeof URLSearchParams < 'u' ? URLSearchParams : Rt
var hr = typeof FormData < 'u' ? FormData : null
var wr = typeof Blob < 'u' ? Blob : null
var Sr = {
  isBrowser: !0,
  classes: { URLSearchParams: fr, FormData: hr, Blob: wr },
  protocols: ['http', 'https', 'file', 'blob', 'url', 'data'],
}
var os = {}
xo(os, {
  hasBrowserEnv: () => rs,
  hasStandardBrowserEnv: () => ia,
  hasStandardBrowserWebWorkerEnv: () => aa,
  navigator: () => ss,
  origin: () => ca,
})
var rs = typeof window < 'u' && typeof document < 'u',
  ss = (typeof navigator == 'object' && navigator) || void 0,
  ia = rs && (!ss || ['ReactNative', 'NativeScript', 'NS'].indexOf(ss.product) < 0),
  aa = typeof WorkerGlobalScope < 'u' && self instanceof WorkerGlobalScope && typeof self.importScripts == 'function',
  ca = (rs && window.location.href) || 'http://localhost'
var U = { ...os, ...Sr }
function is(n, e) {
  return ge(n, new U.classes.URLSearchParams(), {
    visitor: function (t, s, r, o) {
      return U.isNode && l.isBuffer(t)
        ? (this.append(s, t.toString('base64')), !1)
        : o.defaultVisitor.apply(this, arguments)
    },
    ...e,
  })
}
var yr = es
function Or(n) {
  if (n > yr)
    throw new k(
      'FormData field is too deeply nested (' + n + ' levels). Max depth: ' + yr,
      k.ERR_FORM_DATA_DEPTH_EXCEEDED,
    )
}
function la(n) {
  let e = [],
    t = /[^.[\]]+|\[([^.[\]]*)]/g,
    s
  for (; (s = t.exec(n)) !== null; ) Or(e.length), e.push(s[0] === '[]' ? '' : s[1] || s[0])
  return e
}
function Tr(n) {
  let e = {},
    t = Object.keys(n),
    s,
    r = t.length,
    o
  for (s = 0; s < r; s++) (o = t[s]), (e[o] = n[o])
  return e
}
function Pr(n) {
  if (!l.isArray(n)) return n
  const e = Object.keys(n)
  return e.length !== n.length || e.some((t, s) => t !== String(s)) ? Tr(n) : n
}
function ua(n) {
  const e = [n]
  for (; e.length; ) {
    const t = e.pop()
    Object.keys(t).forEach((s) => {
      const r = (t[s] = Pr(t[s]))
      ;(l.isArray(r) || l.isPlainObject(r)) && e.push(r)
    })
  }
  return n
}
function ma(n) {
  function e(t, s, r, o) {
    Or(o)
    let i = t[o++]
    if (i === '__proto__') return !0
    const c = Number.isFinite(+i),
      m = o >= t.length
    return (
      (i = !i && l.isArray(r) ? r.length : i),
      m
        ? (l.hasOwnProp(r, i) ? ((r[i] = Pr(r[i])), (r[i] = l.isArray(r[i]) ? r[i].concat(s) : [r[i], s])) : (r[i] = s),
          !c)
        : ((!l.hasOwnProp(r, i) || !l.isObject(r[i])) && (r[i] = []),
          e(t, s, r[i], o) && l.isArray(r[i]) && (r[i] = Tr(r[i])),
          !c)
    )
  }
  if (l.isFormData(n) && l.isFunction(n.entries)) {
    const t = {}
    return (
      l.forEachEntry(n, (s, r) => {
        e(la(s), r, t, 0)
      }),
      ua(t)
    )
  }
  return null
}
var Ht = ma
var da = Object.freeze([
    'get',
    'delete',
    'head',
    'options',
    'post',
    'put',
    'patch',
    'purge',
    'link',
    'unlink',
    'query',
  ]),
  Nt = da
var Be = (n, e) => (n != null && l.hasOwnProp(n, e) ? n[e] : void 0)
function pa(n, e, t) {
  if (l.isString(n))
    try {
      return ((e || JSON.parse)(n), l.trim(n))
    } catch (s) {
      if (s.name !== 'SyntaxError') throw s
    }
  return (t || JSON.stringify)(n)
}
var as = {
  transitional: je,
  adapter: ['xhr', 'http', 'fetch'],
  transformRequest: [
    function (e, t) {
      const s = t.getContentType() || '',
        r = s.indexOf('application/json') > -1,
        o = l.isObject(e)
      if ((o && l.isHTMLForm(e) && (e = new FormData(e)), l.isFormData(e))) return r ? JSON.stringify(Ht(e)) : e
      if (l.isArrayBuffer(e) || l.isBuffer(e) || l.isStream(e) || l.isFile(e) || l.isBlob(e) || l.isReadableStream(e))
        return e
      if (l.isArrayBufferView(e)) return e.buffer
      if (l.isURLSearchParams(e))
        return (t.setContentType('application/x-www-form-urlencoded;charset=utf-8', !1), e.toString())
      let c
      if (o) {
        const m = Be(this, 'formSerializer')
        if (s.indexOf('application/x-www-form-urlencoded') > -1) return is(e, m).toString()
        if ((c = l.isFileList(e)) || s.indexOf('multipart/form-data') > -1) {
          const w = Be(this, 'env'),
            y = w && w.FormData
          return ge(c ? { 'files[]': e } : e, y && new y(), m)
        }
      }
      return o || r ? (t.setContentType('application/json', !1), pa(e)) : e
    },
  ],
  transformResponse: [
    function (e) {
      const t = Be(this, 'transitional') || as.transitional,
        s = t && t.forcedJSONParsing,
        r = Be(this, 'responseType'),
        o = r === 'json'
      if (l.isResponse(e) || l.isReadableStream(e)) return e
      if (e && l.isString(e) && ((s && !r) || o)) {
        const c = !(t && t.silentJSONParsing) && o
        try {
          return JSON.parse(e, Be(this, 'parseReviver'))
        } catch (m) {
          if (c) throw m.name === 'SyntaxError' ? k.from(m, k.ERR_BAD_RESPONSE, this, null, Be(this, 'response')) : m
        }
      }
      return e
    },
  ],
  timeout: 0,
  xsrfCookieName: 'XSRF-TOKEN',
  xsrfHeaderName: 'X-XSRF-TOKEN',
  maxContentLength: -1,
  maxBodyLength: -1,
  env: { FormData: U.classes.FormData, Blob: U.classes.Blob },
  validateStatus: (e) => e >= 200 && e < 300,
  headers: { common: { Accept: 'application/json, text/plain, */*', 'Content-Type': void 0 } },
}
l.forEach(Nt, (n) => {
  as.headers[n] = {}
})
var Ge = as
function ct(n, e) {
  let t = this || Ge,
    s = e || t,
    r = B.from(s.headers),
    o = s.data
  return (
    l.forEach(n, (c) => {
      o = c.call(t, o, r.normalize(), e ? e.status : void 0)
    }),
    r.normalize(),
    o
  )
}
function lt(n) {
  return !!(n && n.__CANCEL__)
}
var cs = class extends k {
    constructor(e, t, s) {
      super(e ?? 'canceled', k.ERR_CANCELED, t, s), (this.name = 'CanceledError'), (this.__CANCEL__ = !0)
    }
  },
  de = cs
function ut(n, e, t) {
  const s = t.config.validateStatus
  !t.status || !s || s(t.status)
    ? n(t)
    : e(
        new k(
          'Request failed with status code ' + t.status,
          t.status >= 400 && t.status < 500 ? k.ERR_BAD_REQUEST : k.ERR_BAD_RESPONSE,
          t.config,
          t.request,
          t,
        ),
      )
}
var fa = /[\t\n\r]/g
function mt(n) {
  if (typeof n != 'string') return n
  let e = 0
  for (; e < n.length && n.charCodeAt(e) <= 32; ) e++
  return n.slice(e).replace(fa, '')
}
function dt(n) {
  const e = /^([-+\w]{1,25}):(?:\/\/)?/.exec(n)
  return (e && e[1].toLowerCase()) || ''
}
var gr = (n) => {
    try {
      return decodeURIComponent(n)
    } catch {
      return n
    }
  },
  qt = U.hasStandardBrowserEnv
    ? {
        write(n, e, t, s, r, o, i) {
          if (typeof document > 'u') return
          const c = [`${n}=${encodeURIComponent(e)}`]
          l.isNumber(t) && c.push(`expires=${new Date(t).toUTCString()}`),
            l.isString(s) && c.push(`path=${s}`),
            l.isString(r) && c.push(`domain=${r}`),
            o === !0 && c.push('secure'),
            l.isString(i) && c.push(`SameSite=${i}`),
            (document.cookie = c.join('; '))
        },
        read(n) {
          if (typeof document > 'u') return null
          const e = document.cookie
          if (!e) return null
          const t = e.split(';')
          for (let s = 0; s < t.length; s++) {
            const r = t[s].replace(/^\s+/, ''),
              o = r.indexOf('=')
            if (o !== -1 && r.slice(0, o) === n) return gr(r.slice(o + 1))
          }
          return null
        },
        async readAsync(n) {
          try {
            const e = typeof window < 'u' && window.cookieStore
            if (e && l.isFunction(e.get)) {
              const t = await e.get(n)
              return t ? gr(t.value) : null
            }
          } catch {}
          return this.read(n)
        },
        remove(n) {
          this.write(n, '', Date.now() - 864e5, '/')
        },
      }
    : {
        write() {},
        read() {
          return null
        },
        async readAsync() {
          return null
        },
        remove() {},
      }
function ha(n, e) {
  n = n || 10
  let t = new Array(n),
    s = new Array(n),
    r = 0,
    o = 0,
    i
  return (
    (e = e !== void 0 ? e : 1e3),
    (m) => {
      const w = Date.now(),
        y = s[o]
      i || (i = w), (t[r] = m), (s[r] = w)
      let E = o,
        H = 0
      for (; E !== r; ) (H += t[E++]), (E = E % n)
      if (((r = (r + 1) % n), r === o && (o = (o + 1) % n), w - i < e)) return
      const N = y && w - y
      return N ? Math.round((H * 1e3) / N) : void 0
    }
  )
}
var kr = ha
function wa(n, e) {
  let t = 0,
    s = 1e3 / e,
    r,
    o,
    i = (y, E = Date.now()) => {
      ;(t = E), (r = null), o && (clearTimeout(o), (o = null)), n(...y)
    }
  return [
    (...y) => {
      const E = Date.now(),
        H = E - t
      H >= s
        ? i(y, E)
        : ((r = y),
          o ||
            (o = setTimeout(() => {
              ;(o = null), i(r)
            }, s - H)))
    },
    () => r && i(r),
    (...y) => i(y),
  ]
}
var _r = wa
var $e = (n, e, t = 3) => {
    let s = 0,
      r = kr(50, 250)
    return _r((o) => {
      if (!o || !l.isNumber(o.loaded)) return
      const i = o.loaded,
        c = o.lengthComputable ? o.total : void 0,
        m = Math.max(0, c != null ? Math.min(i, c) : i),
        w = Math.max(0, m - s),
        y = r(w)
      s = Math.max(s, m)
      const E = {
        loaded: m,
        total: c,
        progress: c ? m / c : void 0,
        bytes: w,
        rate: y || void 0,
        estimated: y && c ? (c - m) / y : void 0,
        event: o,
        lengthComputable: c != null,
        [e ? 'download' : 'upload']: !0,
      }
      n(E)
    }, t)
  },
  ls = (n, e) => {
    const t = n != null
    return [(s) => e[0]({ lengthComputable: t, total: n, loaded: s }), e[1]]
  },
  us =
    (n, e = l.asap) =>
    (...t) =>
      e(() => n(...t))
var Cr = U.hasStandardBrowserEnv
  ? ((n) => (e) => (
      (e = new URL(e, document.baseURI || U.origin)),
      n.protocol === e.protocol && n.host === e.host && n.port === e.port
    ))(new URL(U.origin))
  : () => !0
function ms(n) {
  return typeof n != 'string' ? !1 : /^([a-z][a-z\d+\-.]*:)?\/\//i.test(n)
}
function ds(n, e) {
  if (!e) return n
  let t = n.length
  for (; t > 0 && n.charCodeAt(t - 1) === 47; ) t--
  return n.slice(0, t) + '/' + e.replace(/^\/+/, '')
}
var Sa = /^https?:(?!\/\/)/i
function ya(n) {
  return n && n.replace(/(^|&)([^=&]*=)?[^&]+/g, (e, t, s = '') => `${t}${s}${rt}`)
}
function Oa(n) {
  const e = n.replace(/^(https?:\/{0,2})[^/?#]*@/i, `$1${rt}@`),
    t = e.indexOf('#'),
    r = (t === -1 ? e : e.slice(0, t)).replace(/([?&][^=&#]*=)[^&#]*/g, `$1${rt}`)
  return t === -1 ? r : `${r}#${ya(e.slice(t + 1))}`
}
function br(n, e) {
  if (typeof n == 'string') {
    const t = mt(n)
    if (Sa.test(t))
      throw new k(`Invalid URL ${JSON.stringify(Oa(t))}: missing "//" after protocol`, k.ERR_INVALID_URL, e)
  }
}
function pt(n, e, t, s) {
  br(e, s)
  const r = !ms(e)
  return n && (r || t === !1) ? (br(n, s), ds(n, e)) : e
}
function ps(n) {
  const e = [{ value: n }],
    t = new WeakSet(),
    s = new WeakSet()
  for (; e.length; ) {
    const { value: r, done: o } = e.pop()
    if (!l.isPlainObject(r) && !l.isArray(r)) continue
    if (o) {
      t.delete(r)
      continue
    }
    if (t.has(r)) throw new k('Circular reference detected in params', k.ERR_BAD_OPTION_VALUE)
    if (s.has(r)) continue
    s.add(r), t.add(r), e.push({ value: r, done: !0 })
    const i = Object.keys(r)
    Object.getOwnPropertySymbols &&
      Object.getOwnPropertyDescriptor &&
      Object.getOwnPropertySymbols(r).forEach((c) => {
        const m = Object.getOwnPropertyDescriptor(r, c)
        m && m.enumerable && i.push(c)
      }),
      i.forEach((c) => {
        if (c === '__proto__' || c === 'constructor' || c === 'prototype') {
          const m = Object.getOwnPropertyDescriptor(r, c)
          m && l.hasOwnProp(m, 'value') && e.push({ value: m.value })
        } else e.push({ value: r[c] })
      })
  }
}
var Ar = (n) => (n instanceof B ? { ...n } : n),
  hs = (n) =>
    Object.getOwnPropertySymbols && Object.getOwnPropertyDescriptor
      ? Object.keys(n).concat(
          Object.getOwnPropertySymbols(n).filter((e) => {
            const t = Object.getOwnPropertyDescriptor(n, e)
            return t && t.enumerable
          }),
        )
      : Object.keys(n)
function Ta(n, e) {
  const t = [],
    s = new WeakMap(),
    r = {}
  function o(c, m) {
    if (!l.isPlainObject(m)) return l.isArray(m) ? m.slice() : m
    let w = l.isPlainObject(c) ? c : r,
      y = s.get(m)
    if ((y || ((y = new WeakMap()), s.set(m, y)), y.has(w))) return y.get(w)
    const E = {}
    return (y.set(w, E), t.push({ base: w, source: m, result: E }), E)
  }
  const i = l.isUndefined(e) ? o(void 0, n) : o(n, e)
  for (; t.length; ) {
    const { base: c, source: m, result: w } = t.pop(),
      y = new Set(hs(c)),
      E = new Set(hs(m))
    new Set([...y, ...E]).forEach((N) => {
      if (N === '__proto__' || N === 'constructor' || N === 'prototype') return
      const I = E.has(N),
        W = I ? m[N] : void 0,
        K = (!I || l.isPlainObject(W)) && y.has(N) ? c[N] : void 0
      w[N] = I ? o(K, W) : o(void 0, K)
    })
  }
  return (ps(i), i)
}
function ke(n, e, t, s) {
  return l.isPlainObject(n) && l.isPlainObject(e)
    ? l.merge.call({ caseless: s }, n, e)
    : l.isPlainObject(e)
      ? l.merge({}, e)
      : l.isArray(e)
        ? e.slice()
        : e
}
function Rr(n, e, t, s) {
  if (l.isUndefined(e)) {
    if (!l.isUndefined(n)) return ke(void 0, n, t, s)
  } else return ke(n, e, t, s)
}
function fs(n, e) {
  if (!l.isUndefined(e)) return ke(void 0, e)
}
function G(n, e) {
  if (l.isUndefined(e)) {
    if (!l.isUndefined(n)) return ke(void 0, n)
  } else return ke(void 0, e)
}
function Pa(n, e, t) {
  const s = l.hasOwnProp(e, 'transitional') ? e.transitional : void 0
  if (!l.isUndefined(s))
    if (l.isPlainObject(s)) {
      if (l.hasOwnProp(s, t)) return s[t]
    } else return
  const r = l.hasOwnProp(n, 'transitional') ? n.transitional : void 0
  if (l.isPlainObject(r) && l.hasOwnProp(r, t)) return r[t]
}
function ws(n, e, t, s, r) {
  if (l.hasOwnProp(r, t)) return ke(n, e)
  if (l.hasOwnProp(s, t)) return ke(void 0, n)
}
function ga(n, e, t) {
  return Rr(Ar(n), Ar(e), t, !0)
}
var ka = Object.freeze({
    __proto__: null,
    value: Object.prototype.hasOwnProperty,
    enumerable: !1,
    writable: !0,
    configurable: !0,
  }),
  Er = {
    url: fs,
    method: fs,
    data: fs,
    baseURL: G,
    transformRequest: G,
    transformResponse: G,
    params: Ta,
    paramsSerializer: G,
    timeout: G,
    timeoutErrorMessage: G,
    withCredentials: G,
    withXSRFToken: G,
    adapter: G,
    responseType: G,
    xsrfCookieName: G,
    xsrfHeaderName: G,
    onUploadProgress: G,
    onDownloadProgress: G,
    decompress: G,
    maxContentLength: G,
    maxBodyLength: G,
    beforeRedirect: G,
    transport: G,
    httpAgent: G,
    httpsAgent: G,
    cancelToken: G,
    socketPath: G,
    allowedSocketPaths: G,
    responseEncoding: G,
    validateStatus: ws,
    headers: ga,
  }
function ue(n, e) {
  ;(n = n || {}), (e = e || {})
  const t = Object.create(null)
  Object.defineProperty(t, 'hasOwnProperty', ka)
  const s = hs({ ...n, ...e })
  for (let r = 0, o = s.length; r < o; r++) {
    const i = s[r]
    if (i === '__proto__' || i === 'constructor' || i === 'prototype') continue
    const c = l.hasOwnProp(Er, i) ? Er[i] : Rr,
      m = l.hasOwnProp(n, i) ? n[i] : void 0,
      w = l.hasOwnProp(e, i) ? e[i] : void 0,
      y = c === ws ? c(m, w, i, n, e) : c(m, w, i)
    ;(l.isUndefined(y) && c !== ws) || (t[i] = y)
  }
  return (
    l.hasOwnProp(e, 'validateStatus') &&
      l.isUndefined(e.validateStatus) &&
      Pa(n, e, 'validateStatusUndefinedResolves') === !1 &&
      (l.hasOwnProp(n, 'validateStatus') ? (t.validateStatus = ke(void 0, n.validateStatus)) : delete t.validateStatus),
    t
  )
}
var _a = ['content-type', 'content-length']
function Ss(n, e, t) {
  if (t !== 'content-only') {
    n.set(e)
    return
  }
  Object.entries(e || {}).forEach(([s, r]) => {
    _a.includes(s.toLowerCase()) && n.set(s, r)
  })
}
var Hr = (n) => encodeURIComponent(n).replace(/%([0-9A-F]{2})/gi, (e, t) => String.fromCharCode(parseInt(t, 16))),
  Ca = (n) => qt.read(n)
function ba(n, e = Ca) {
  let t = ue({}, n),
    s = (N) => (l.hasOwnProp(t, N) ? t[N] : void 0),
    r = s('data'),
    o = s('withXSRFToken'),
    i = s('xsrfHeaderName'),
    c = s('xsrfCookieName'),
    m = s('headers'),
    w = s('auth'),
    y = s('baseURL'),
    E = s('allowAbsoluteUrls'),
    H = s('url')
  if (((t.headers = m = B.from(m)), (t.url = ot(pt(y, H, E, t), s('params'), s('paramsSerializer'))), w)) {
    const N = l.getSafeProp(w, 'username') || '',
      I = l.getSafeProp(w, 'password') || '',
      W = s('transitional'),
      K = W && l.hasOwnProp(W, 'encodeBasicAuthUsername') && W.encodeBasicAuthUsername === !0
    try {
      m.set('Authorization', 'Basic ' + btoa((K ? Hr(N) : N) + ':' + (I ? Hr(I) : '')))
    } catch (F) {
      throw k.from(F, k.ERR_BAD_OPTION_VALUE, n)
    }
  }
  if (l.isFormData(r)) {
    const N = l.getSafeProp(r, 'getHeaders')
    U.hasStandardBrowserEnv || U.hasStandardBrowserWebWorkerEnv || l.isReactNative(r)
      ? m.setContentType(void 0)
      : l.isFunction(N) && Ss(m, N.call(r), s('formDataHeaderPolicy'))
  }
  if (U.hasStandardBrowserEnv && (l.isFunction(o) && (o = o(t)), o === !0 || (o == null && Cr(t.url)))) {
    const I = i && c && e(c)
    I && m.set(i, I)
  }
  return t
}
var xt = ba
var Aa = typeof XMLHttpRequest < 'u',
  Nr =
    Aa &&
    ((n) =>
      new Promise((t, s) => {
        let r
        try {
          const v = U.hasStandardBrowserEnv && typeof window < 'u' && window.cookieStore
          r = v && l.isFunction(v.get)
        } catch {}
        let o,
          i = xt(n, r ? (v) => ((o = v), null) : void 0),
          c = i.data,
          m = B.from(i.headers).normalize(),
          { responseType: w, onUploadProgress: y, onDownloadProgress: E } = i,
          H,
          N,
          I,
          W,
          K,
          F,
          q
        function R() {
          clearTimeout(N)
          try {
            K && K()
          } catch (v) {
            setTimeout(() => {
              throw v
            })
          }
          try {
            F && F()
          } catch (v) {
            setTimeout(() => {
              throw v
            })
          }
          S &&
            (W && S.removeEventListener('progress', W),
            S.upload &&
              (I && S.upload.removeEventListener('progress', I), K && S.upload.removeEventListener('loadend', K))),
            i.cancelToken && i.cancelToken.unsubscribe(H),
            i.signal && i.signal.removeEventListener('abort', H)
        }
        let S = new XMLHttpRequest()
        S.open(i.method.toUpperCase(), i.url, !0), (S.timeout = i.timeout)
        function j(v) {
          if (!S) return
          if (
            S.status === 0 &&
            (dt(mt(i.url)) || dt(U.origin)) !== 'file' &&
            !(S.responseURL && S.responseURL.startsWith('file:'))
          ) {
            s(new k('Request aborted', k.ECONNABORTED, n, S)), R(), (S = null)
            return
          }
          try {
            v ? q && q(v) : F && F()
          } catch (Q) {
            setTimeout(() => {
              throw Q
            })
          }
          if (!S) return
          const z = B.from('getAllResponseHeaders' in S && S.getAllResponseHeaders()),
            V = {
              data: !w || w === 'text' || w === 'json' ? S.responseText : S.response,
              status: S.status,
              statusText: S.statusText,
              headers: z,
              config: n,
              request: S,
            }
          ut(
            (oe) => {
              t(oe), R()
            },
            (oe) => {
              s(oe), R()
            },
            V,
          ),
            (S = null)
        }
        if (
          ('onloadend' in S
            ? (S.onloadend = j)
            : (S.onreadystatechange = () => {
                !S ||
                  S.readyState !== 4 ||
                  (S.status === 0 && !(S.responseURL && S.responseURL.startsWith('file:'))) ||
                  setTimeout(j)
              }),
          (S.onabort = () => {
            S && (s(new k('Request aborted', k.ECONNABORTED, n, S)), R(), (S = null))
          }),
          (S.onerror = (z) => {
            const re = z && z.message ? z.message : 'Network Error',
              V = new k(re, k.ERR_NETWORK, n, S)
            ;(V.event = z || null), s(V), R(), (S = null)
          }),
          (S.ontimeout = () => {
            if (!S) return
            let z = i.timeout ? 'timeout of ' + i.timeout + 'ms exceeded' : 'timeout exceeded',
              re = i.transitional || je
            i.timeoutErrorMessage && (z = i.timeoutErrorMessage),
              s(new k(z, re.clarifyTimeoutError ? k.ETIMEDOUT : k.ECONNABORTED, n, S)),
              R(),
              (S = null)
          }),
          c === void 0 && m.setContentType(null),
          l.isUndefined(i.withCredentials) || (S.withCredentials = !!i.withCredentials),
          w && w !== 'json' && (S.responseType = i.responseType),
          E && (([W, F, q] = $e(E, !0)), S.addEventListener('progress', W)),
          y &&
            S.upload &&
            (([I, K] = $e(y)), S.upload.addEventListener('progress', I), S.upload.addEventListener('loadend', K)),
          i.cancelToken || i.signal)
        ) {
          if (
            ((H = (v) => {
              if (!S) return
              s(!v || v.type ? new de(null, n, S) : v)
              const z = S
              R(), (S = null), z.abort()
            }),
            i.cancelToken && i.cancelToken.subscribe(H),
            !S)
          )
            return
          i.signal && (i.signal.aborted ? H() : i.signal.addEventListener('abort', H))
        }
        if (!S) return
        const M = dt(i.url)
        if (M && !U.protocols.includes(M)) {
          s(new k('Unsupported protocol ' + M + ':', k.ERR_BAD_REQUEST, n)), R()
          return
        }
        const X = () => {
          S &&
            ('setRequestHeader' in S &&
              l.forEach(At(m), (z, re) => {
                S.setRequestHeader(re, z)
              }),
            S.send(c || null))
        }
        if (o) {
          const v = typeof performance < 'u' && l.isFunction(performance.now) ? () => performance.now() : Date.now,
            z = S.timeout > 0 ? v() + Number(S.timeout) : void 0,
            re = () => {
              if (!S) return
              const V = S
              V.ontimeout(), V.abort()
            }
          if (z !== void 0) {
            const V = () => {
              const Q = z - v()
              Q > 0 ? (N = setTimeout(V, Math.min(Q, 2147483647))) : re()
            }
            V()
          }
          qt.readAsync(o)
            .then((V) => {
              if (S) {
                if (z !== void 0 && v() >= z) {
                  re()
                  return
                }
                if (V) {
                  const Q = l.hasOwnProp(i, 'xsrfHeaderName') && i.xsrfHeaderName
                  m.set(Q, V)
                }
                X()
              }
            })
            .catch((V) => {
              S && (s(k.from(V, null, n, S)), R(), (S = null))
            })
        } else X()
      }))
var Ea = (n, e) => {
    if (((n = n ? n.filter(Boolean) : []), !e && !n.length)) return
    let t = new AbortController(),
      s = !1,
      r = function (m) {
        if (!s) {
          ;(s = !0), i()
          const w = m instanceof Error ? m : this.reason
          t.abort(w instanceof k ? w : new de(w instanceof Error ? w.message : w))
        }
      },
      o =
        e &&
        setTimeout(() => {
          ;(o = null), r(new k(`timeout of ${e}ms exceeded`, k.ETIMEDOUT))
        }, e),
      i = () => {
        n &&
          (o && clearTimeout(o),
          (o = null),
          n.forEach((m) => {
            const w = l.getSafeProp(m, 'unsubscribe')
            l.isFunction(w) ? w.call(m, r) : m.removeEventListener('abort', r)
          }),
          (n = null))
      }
    n.forEach((m) => {
      if (!s) {
        if (m.aborted) {
          r.call(m)
          return
        }
        m.addEventListener('abort', r, { once: !0 })
      }
    })
    const { signal: c } = t
    return ((c.unsubscribe = () => l.asap(i)), c)
  },
  qr = Ea
var Ra = function* (n, e) {
    const t = n.byteLength
    if (!e || t < e) {
      yield n
      return
    }
    let s = 0,
      r
    for (; s < t; ) (r = s + e), yield n.slice(s, r), (s = r)
  },
  Ha = async function* (n, e) {
    for await (const t of Na(n)) yield* Ra(t, e)
  },
  Na = async function* (n) {
    if (n[Symbol.asyncIterator]) {
      yield* n
      return
    }
    const e = n.getReader()
    try {
      for (;;) {
        const { done: t, value: s } = await e.read()
        if (t) break
        yield s
      }
    } finally {
      await e.cancel()
    }
  },
  ys = (n, e, t, s) => {
    let r = Ha(n, e),
      o = 0,
      i,
      c = (m) => {
        i || ((i = !0), s && s(m))
      }
    return new ReadableStream(
      {
        async pull(m) {
          try {
            const { done: w, value: y } = await r.next()
            if (w) {
              c(), m.close()
              return
            }
            const E = y.byteLength
            if (t) {
              const H = (o += E)
              t(H)
            }
            m.enqueue(new Uint8Array(y))
          } catch (w) {
            throw (c(w), w)
          }
        },
        cancel(m) {
          return (c(m), r.return())
        },
      },
      { highWaterMark: 2 },
    )
  }
var _e = `\r
`,
  xr = (n) => String(n).replace(/\r\n|\r|\n/g, _e),
  Kr = (n) =>
    String(n).replace(/[\r\n"]/g, (e) =>
      e === '\r'
        ? '%0D'
        : e ===
            `
`
          ? '%0A'
          : '%22',
    ),
  ft = (n, e) => {
    let t = 0
    for (let s = 0; s < n.length; s++) {
      const r = n.charCodeAt(s)
      e && (r === 13 || r === 10)
        ? (r === 13 && n.charCodeAt(s + 1) === 10 && s++, (t += 2))
        : r < 128
          ? t++
          : r < 2048
            ? (t += 2)
            : r >= 55296 && r <= 56319 && n.charCodeAt(s + 1) >= 56320 && n.charCodeAt(s + 1) <= 57343
              ? ((t += 4), s++)
              : (t += 3)
    }
    return t
  },
  xe = class extends TypeError {
    constructor(e, t) {
      super(e), (this.name = 'FormDataError'), (this.reason = t)
    }
  }
function Os(n, e, t, s, r) {
  if (!l.isFunction(e)) throw new xe('Blob is not supported', 'blob')
  if (!l.isString(r) || !/^[A-Za-z0-9'()+_,./:=? -]{1,70}$/.test(r) || / $/.test(r))
    throw new xe('Invalid multipart boundary', 'boundary')
  let o = '--' + r + '--' + _e,
    i = o.length,
    c = [],
    m = (y) => {
      if (i + y > t) throw s()
    }
  m(0)
  for (const [y, E] of n) {
    const H = l.isString(E),
      N = H ? ft(E, !0) : E.size
    if (!Number.isFinite(N) || N < 0) throw new xe('Unsupported FormData part size', 'part')
    m(N + ft(y, !0) + (!H && E.name ? ft(E.name, !1) : 0) + (!H && E.type ? ft(E.type, !1) : 0))
    let I = '--' + r + _e + 'Content-Disposition: form-data; name="' + Kr(xr(y)) + '"'
    H ||
      (I +=
        '; filename="' +
        Kr(l.isString(E.name) ? E.name : 'blob') +
        '"' +
        _e +
        'Content-Type: ' +
        String(E.type || 'application/octet-stream').replace(/[\r\n]/g, '')),
      (I += _e + _e)
    const W = ft(I, !1) + N + _e.length
    m(W), (i += W), c.push({ header: I, value: E, isString: H })
  }
  const w = []
  for (const y of c) w.push(y.header, y.isString ? xr(y.value) : y.value, _e)
  return (w.push(o), new e(w, { type: 'multipart/form-data; boundary=' + r }))
}
function Ts(n, e, t, s, r) {
  if (!l.isFunction(e)) throw new k('Blob is not supported', k.ERR_NOT_SUPPORT)
  if (r === void 0)
    if (l.isFunction(U.generateString)) r = 'axios-' + U.generateString(36, '0123456789abcdef')
    else {
      const o = l.global.crypto
      if (!o || !l.isFunction(o.getRandomValues))
        throw new k('Random byte generation is not supported', k.ERR_NOT_SUPPORT)
      const i = new Uint8Array(18)
      o.getRandomValues(i), (r = 'axios-' + Array.from(i, (c) => ('0' + c.toString(16)).slice(-2)).join(''))
    }
  try {
    return Os(n, e, t, s, r)
  } catch (o) {
    if (o instanceof xe) {
      const i = o.reason === 'boundary' ? k.ERR_BAD_OPTION_VALUE : k.ERR_BAD_REQUEST
      throw new k(o.message, i)
    }
    throw o
  }
}
var Lr = (n) => (n >= 48 && n <= 57) || (n >= 65 && n <= 70) || (n >= 97 && n <= 102),
  Mr = (n, e, t) => e + 2 < t && Lr(n.charCodeAt(e + 1)) && Lr(n.charCodeAt(e + 2)),
  Ir = (n) => (n <= 57 ? n - 48 : (n & 223) - 55),
  qa = (n) =>
    (n >= 65 && n <= 90) ||
    (n >= 97 && n <= 122) ||
    (n >= 48 && n <= 57) ||
    n === 43 ||
    n === 47 ||
    n === 45 ||
    n === 95,
  xa = (n) => n === 9 || n === 10 || n === 12 || n === 13 || n === 32,
  Ka = (n) => {
    const e = Math.floor(n / 4),
      t = n % 4
    return e * 3 + (t === 2 ? 1 : t === 3 ? 2 : 0)
  },
  La = (n) => {
    let e = n.length,
      t = 0
    return (
      e > 0 && n.charCodeAt(e - 1) === 61 && (t++, e > 1 && n.charCodeAt(e - 2) === 61 && t++),
      Math.floor(((e - t) * 3) / 4)
    )
  }
var Ia = (n) => {
    let e = n.length,
      t = 0,
      s = 0,
      r = !1
    for (let o = 0; o < e; o++) {
      let i = n.charCodeAt(o)
      if (
        (i === 37 && Mr(n, o, e) && ((i = Ir(n.charCodeAt(o + 1)) * 16 + Ir(n.charCodeAt(o + 2))), (o += 2)), !xa(i))
      ) {
        if (i === 61) {
          s++
          continue
        }
        if (!qa(i) || s > 0) {
          r = !0
          continue
        }
        t++
      }
    }
    return r || s > 2 || (s > 0 && (t + s) % 4 !== 0) || t % 4 === 1 ? La(n) : Ka(t)
  },
  Ma = (n, e, t) => {
    if (!n || typeof n != 'string' || !/^data:/i.test(n)) return 0
    const s = n.indexOf(',')
    if (s < 0) return 0
    const r = n.slice(5, s),
      o = n.slice(s + 1)
    if (t.test(r)) return e(o)
    let c = 0
    for (let m = 0, w = o.length; m < w; m++) {
      const y = o.charCodeAt(m)
      if (y === 37 && Mr(o, m, w)) (c += 1), (m += 2)
      else if (y < 128) c += 1
      else if (y < 2048) c += 2
      else if (y >= 55296 && y <= 56319 && m + 1 < w) {
        const E = o.charCodeAt(m + 1)
        E >= 56320 && E <= 57343 ? ((c += 4), m++) : (c += 3)
      } else c += 3
    }
    return c
  }
function Ps(n) {
  const e = typeof n == 'string' ? n.indexOf('#') : -1
  return Ma(e === -1 ? n : n.slice(0, e), Ia, /; *base64[\t\n\f\r ]*$/i)
}
var ze = '1.21.1'
var vr = 64 * 1024,
  Wr = {
    cache: 'default',
    redirect: 'follow',
    referrer: 'about:client',
    referrerPolicy: '',
    mode: 'cors',
    integrity: '',
    keepalive: !1,
    priority: 'auto',
    window: null,
  },
  { isFunction: Kt } = l,
  va = (n) => encodeURIComponent(n).replace(/%([0-9A-F]{2})/gi, (e, t) => String.fromCharCode(parseInt(t, 16))),
  Dr = (n) => {
    if (!l.isString(n)) return n
    try {
      return decodeURIComponent(n)
    } catch {
      return n
    }
  },
  Lt = (n, ...e) => {
    try {
      return !!n(...e)
    } catch {
      return !1
    }
  },
  Wa = (n) => {
    let e = n.indexOf('://'),
      t = n
    return (e !== -1 && (t = t.slice(e + 3)), t.includes('@') || t.includes(':'))
  },
  Da = (n) => {
    const e = l.global !== void 0 && l.global !== null ? l.global : globalThis,
      { ReadableStream: t, TextEncoder: s } = e
    n = l.merge.call({ skipUndefined: !0 }, { Request: e.Request, Response: e.Response, Blob: e.Blob }, n)
    const r = l.hasOwnProp(n, 'fetch') ? n.fetch : void 0,
      { Request: o, Response: i, Blob: c } = n,
      m = r ? Kt(r) : typeof fetch == 'function',
      w = Kt(o),
      y = Kt(i)
    if (!m) return !1
    const E = m && Kt(t),
      H =
        m &&
        (typeof s == 'function'
          ? (
              (R) => (S) =>
                R.encode(S)
            )(new s())
          : async (R) => new Uint8Array(await new o(R).arrayBuffer())),
      N =
        w &&
        E &&
        Lt(() => {
          let R = !1,
            S = new o(U.origin, {
              body: new t(),
              method: 'POST',
              get duplex() {
                return ((R = !0), 'half')
              },
            }),
            j = S.headers.has('Content-Type')
          return (S.body != null && S.body.cancel(), R && !j)
        }),
      I = y && E && Lt(() => l.isReadableStream(new i('').body)),
      W = Object.assign(Object.create(null), Wr)
    w && !Lt(() => new o(U.origin, W)) && (delete W.cache, Lt(() => new o(U.origin, W)) || (W.cache = Wr.cache))
    const K = { stream: I && ((R) => R.body) }
    m &&
      ['text', 'arrayBuffer', 'blob', 'formData', 'stream'].forEach((R) => {
        !K[R] &&
          (K[R] = (S, j) => {
            const M = S && S[R]
            if (M) return M.call(S)
            throw new k(`Response type '${R}' is not supported`, k.ERR_NOT_SUPPORT, j)
          })
      })
    const F = async (R) => {
        if (R == null) return 0
        if (l.isBlob(R)) return R.size
        if (l.isArrayBufferView(R) || l.isArrayBuffer(R)) return R.byteLength
        if ((l.isURLSearchParams(R) && (R = R + ''), l.isString(R))) return (await H(R)).byteLength
      },
      q = async (R, S) => {
        const j = l.toFiniteNumber(R.getContentLength())
        return j ?? F(S)
      }
    return async (R) => {
      let {
          url: S,
          method: j,
          data: M,
          signal: X,
          cancelToken: v,
          timeout: z,
          onDownloadProgress: re,
          onUploadProgress: V,
          responseType: Q,
          headers: oe,
          withCredentials: Ot = 'same-origin',
          fetchOptions: Kn,
          maxContentLength: me,
          maxBodyLength: Je,
          maxRedirects: _o,
        } = xt(R),
        Xe = l.isNumber(me) && me > -1,
        Ye = l.isNumber(Je) && Je > -1,
        Ws = (D) => (l.hasOwnProp(R, D) ? R[D] : void 0),
        Ds = r || fetch
      Q = Q ? (Q + '').toLowerCase() : 'text'
      let Te = qr([X, v && v.toAbortSignal()], z),
        Z = null,
        Ae =
          Te &&
          Te.unsubscribe &&
          (() => {
            Te.unsubscribe()
          }),
        Ee,
        Qe = null,
        Ln = null,
        In = () => new k('Request body larger than maxBodyLength limit', k.ERR_BAD_REQUEST, R, Z)
      try {
        let D,
          ae = Ws('auth')
        if (ae) {
          const x = l.getSafeProp(ae, 'username') || '',
            te = l.getSafeProp(ae, 'password') || ''
          D = { username: x, password: te }
        }
        let ie
        if (Wa(S)) {
          if (((ie = new URL(S, U.origin)), !D && (ie.username || ie.password))) {
            const x = Dr(ie.username),
              te = Dr(ie.password)
            D = { username: x, password: te }
          }
          ;(ie.username || ie.password) && ((ie.username = ''), (ie.password = ''), (S = ie.href))
        }
        if (
          (D &&
            (oe.delete('authorization'),
            oe.set('Authorization', 'Basic ' + btoa(va((D.username || '') + ':' + (D.password || ''))))),
          Xe && ie && ie.protocol === 'data:' && Ps(ie.href) > me)
        )
          throw new k('maxContentLength size of ' + me + ' exceeded', k.ERR_BAD_RESPONSE, R, Z)
        let Tt = l.isSpecCompliantForm(M) && B.from(Ws('headers')).getContentType(),
          Pt
        if (l.isString(Tt) && /^multipart\/form-data(?:\s*;|$)/i.test(Tt.trim())) {
          const x = B.parseParameters(Tt)
          l.hasOwnProp(x, 'boundary') && (Pt = x.boundary)
        }
        if (
          (l.isSpecCompliantForm(M) &&
            j !== 'get' &&
            j !== 'head' &&
            (Ye || (V && N) || Pt !== void 0) &&
            ((M = Ts(M, c, Ye ? Je : 1 / 0, In, Pt)), oe.setContentType(Pt === void 0 ? M.type : Tt), (Ee = M.size)),
          Ye && j !== 'get' && j !== 'head')
        ) {
          const x = await F(M)
          if (typeof x == 'number' && isFinite(x) && ((Ee = x), x > Je)) throw In()
        }
        const gt = Ye && (l.isReadableStream(M) || l.isStream(M)),
          Us = (x, te, Le) =>
            ys(
              x,
              vr,
              (Re) => {
                if (Ye && Re > Je) throw (Qe = In())
                te && te(Re)
              },
              Le,
            )
        if (N && j !== 'get' && j !== 'head' && (V || gt)) {
          if (((Ee = Ee ?? (await q(oe, M))), Ee !== 0 || gt)) {
            let x = new o(S, { method: 'POST', body: M, duplex: 'half' }),
              te
            if ((l.isFormData(M) && (te = x.headers.get('content-type')) && oe.setContentType(te), x.body)) {
              const [Le, Re] = (V && ls(Ee, $e(us(V)))) || []
              M = Us(x.body, Le, Re)
            }
          }
        } else if (gt && !w && E && j !== 'get' && j !== 'head') M = Us(M)
        else if (gt && w && !N && j !== 'get' && j !== 'head')
          throw new k(
            'Stream request bodies are not supported by the current fetch implementation',
            k.ERR_NOT_SUPPORT,
            R,
            Z,
          )
        l.isString(Ot) || (Ot = Ot ? 'include' : 'omit')
        const Co = w && 'credentials' in o.prototype
        if (l.isFormData(M)) {
          const x = oe.getContentType()
          x && /^multipart\/form-data/i.test(x) && !/boundary=/i.test(x) && oe.delete('content-type')
        }
        oe.set('User-Agent', 'axios/' + ze, !1)
        const le = Kn == null ? Kn : Object.assign(Object.create(null), Kn)
        le &&
          (delete le.body,
          delete le.headers,
          delete le.method,
          delete le.signal,
          delete le.duplex,
          delete le.credentials)
        const pe = Object.assign(Object.create(null), le, {
          signal: Te,
          method: j.toUpperCase(),
          headers: At(oe.normalize()),
          body: M,
          duplex: 'half',
          credentials: Co ? Ot : void 0,
        })
        w &&
          (l.forEach(W, (x, te) => {
            pe[te] === void 0 && (pe[te] = x)
          }),
          pe.signal === void 0 && (pe.signal = null),
          pe.body === void 0 && (pe.body = null)),
          _o === 0 && ((pe.redirect = 'manual'), le && (le.redirect = 'manual')),
          (Z = w && new o(S, pe))
        let fe = await (w ? Ds(Z, le) : Ds(S, pe)),
          Fs = B.from(fe.headers)
        if (Xe) {
          const x = l.toFiniteNumber(Fs.getContentLength())
          if (x != null && x > me) throw new k('maxContentLength size of ' + me + ' exceeded', k.ERR_BAD_RESPONSE, R, Z)
        }
        const Mn = I && (Q === 'stream' || Q === 'response')
        if (I && fe.body && (re || Xe || (Mn && Ae))) {
          const x = {}
          ;['status', 'statusText', 'headers'].forEach((Ze) => {
            x[Ze] = fe[Ze]
          })
          let te = l.toFiniteNumber(Fs.getContentLength()),
            [Le, Re] = (re && ls(te, $e(us(re), !0))) || [],
            js = 0,
            bo = (Ze) => {
              if (Xe && ((js = Ze), js > me))
                throw (Ln = new k('maxContentLength size of ' + me + ' exceeded', k.ERR_BAD_RESPONSE, R, Z))
              Le && Le(Ze)
            }
          fe = new i(
            ys(fe.body, vr, bo, () => {
              Re && Re(), Ae && Ae()
            }),
            x,
          )
        }
        Q = Q || 'text'
        const he = await K[l.findKey(K, Q) || 'text'](fe, R)
        if (Xe && !I && !Mn) {
          let x
          if (
            (he != null &&
              (typeof he.byteLength == 'number'
                ? (x = he.byteLength)
                : typeof he.size == 'number'
                  ? (x = he.size)
                  : typeof he == 'string' && (x = typeof s == 'function' ? new s().encode(he).byteLength : he.length)),
            typeof x == 'number' && x > me)
          )
            throw new k('maxContentLength size of ' + me + ' exceeded', k.ERR_BAD_RESPONSE, R, Z)
        }
        return (
          !Mn && Ae && Ae(),
          await new Promise((x, te) => {
            ut(x, te, {
              data: he,
              headers: B.from(fe.headers),
              status: fe.status,
              statusText: fe.statusText,
              config: R,
              request: Z,
            })
          })
        )
      } catch (D) {
        if ((Ae && Ae(), Te && Te.aborted && Te.reason instanceof k)) {
          const ae = Te.reason
          throw (
            (ae.config = R),
            Z && (ae.request = Z),
            D !== ae &&
              Object.defineProperty(ae, 'cause', {
                __proto__: null,
                value: D,
                writable: !0,
                enumerable: !1,
                configurable: !0,
              }),
            ae
          )
        }
        if (Qe) throw (Z && !Qe.request && (Qe.request = Z), Qe)
        if (Ln) throw Ln
        if (D instanceof k) throw (Z && !D.request && (D.request = Z), D)
        if (D && D.name === 'TypeError' && /Load failed|fetch/i.test(D.message)) {
          const ae = new k('Network Error', k.ERR_NETWORK, R, Z, D && D.response)
          throw (
            Object.defineProperty(ae, 'cause', {
              __proto__: null,
              value: D.cause || D,
              writable: !0,
              enumerable: !1,
              configurable: !0,
            }),
            ae
          )
        }
        throw k.from(D, D && D.code, R, Z, D && D.response)
      }
    }
  },
  Ua = new Map(),
  gs = (n) => {
    const e = Object.create(null),
      t = n && l.hasOwnProp(n, 'env') && n.env
    ;['fetch', 'Request', 'Response', 'Blob'].forEach((N) => {
      t && l.hasOwnProp(t, N) && (e[N] = t[N])
    })
    let { fetch: s, Request: r, Response: o, Blob: i } = e,
      c = [r, o, s, i],
      m = c.length,
      w = m,
      y,
      E,
      H = Ua
    for (; w--; ) (y = c[w]), (E = H.get(y)), E === void 0 && H.set(y, (E = w ? new Map() : Da(e))), (H = E)
    return E
  },
  Tm = gs()
var ks = { http: Pe, xhr: Nr, fetch: { get: gs } }
l.forEach(ks, (n, e) => {
  if (n) {
    try {
      Object.defineProperty(n, 'name', { __proto__: null, value: e })
    } catch {}
    Object.defineProperty(n, 'adapterName', { __proto__: null, value: e })
  }
})
var Ur = (n) => `- ${n}`,
  ja = (n) => l.isFunction(n) || n === null || n === !1
function Ba(n, e) {
  n = l.isArray(n) ? n : [n]
  let { length: t } = n,
    s,
    r,
    o = {}
  for (let i = 0; i < t; i++) {
    s = n[i]
    let c
    if (((r = s), !ja(s) && ((r = ks[(c = String(s)).toLowerCase()]), r === void 0)))
      throw new k(`Unknown adapter '${c}'`)
    if (r && (l.isFunction(r) || (r = r.get(e)))) break
    o[c || '#' + i] = r
  }
  if (!r) {
    const i = Object.entries(o).map(
        ([m, w]) =>
          `adapter ${m} ` + (w === !1 ? 'is not supported by the environment' : 'is not available in the build'),
      ),
      c = t
        ? i.length > 1
          ? `since :
` +
            i.map(Ur).join(`
`)
          : ' ' + Ur(i[0])
        : 'as no adapter specified'
    throw new k('There is no suitable adapter to dispatch the request ' + c, k.ERR_NOT_SUPPORT)
  }
  return r
}
var It = { getAdapter: Ba, adapters: ks }
function _s(n) {
  if ((n.cancelToken && n.cancelToken.throwIfRequested(), n.signal && n.signal.aborted)) throw new de(null, n)
}
function Ga() {
  return typeof performance < 'u' && l.isFunction(performance.now) ? () => performance.now() : Date.now
}
function Fr(n, e) {
  return Math.max(0, Math.round(n() - e))
}
function ht(n) {
  const e = l.toSafeFlatObject(n)
  _s(e),
    (e.headers = B.from(l.getSafeProp(e, 'headers'))),
    (e.data = ct.call(e, e.transformRequest)),
    ['post', 'put', 'patch'].indexOf(e.method) !== -1 &&
      e.headers.setContentType('application/x-www-form-urlencoded', !1)
  const t = It.getAdapter(e.adapter || Ge.adapter, e),
    s = Ga(),
    r = s()
  return t(e).then(
    (i) => {
      _s(e), (i.duration = Fr(s, r)), (e.response = i)
      try {
        i.data = ct.call(e, e.transformResponse, i)
      } finally {
        delete e.response
      }
      return ((i.headers = B.from(i.headers)), i)
    },
    (i) => {
      if (!lt(i) && (_s(e), i && i.response)) {
        ;(i.response.duration = Fr(s, r)), (e.response = i.response)
        try {
          i.response.data = ct.call(e, e.transformResponse, i.response)
        } finally {
          delete e.response
        }
        i.response.headers = B.from(i.response.headers)
      }
      return Promise.reject(i)
    },
  )
}
var Mt = {}
;['object', 'boolean', 'number', 'function', 'string', 'symbol'].forEach((n, e) => {
  Mt[n] = (s) => typeof s === n || 'a' + (e < 1 ? 'n ' : ' ') + n
})
var jr = {}
Mt.transitional = (e, t, s) => {
  function r(o, i) {
    return '[Axios v' + ze + "] Transitional option '" + o + "'" + i + (s ? '. ' + s : '')
  }
  return (o, i, c) => {
    if (e === !1) throw new k(r(i, ' has been removed' + (t ? ' in ' + t : '')), k.ERR_DEPRECATED)
    return (
      t &&
        !jr[i] &&
        ((jr[i] = !0),
        console.warn(r(i, ' has been deprecated since v' + t + ' and will be removed in the near future'))),
      e ? e(o, i, c) : !0
    )
  }
}
Mt.spelling = (e) => (t, s) => (console.warn(`${s} is likely a misspelling of ${e}`), !0)
function $a(n, e, t) {
  if (typeof n != 'object' || n === null) throw new k('options must be an object', k.ERR_BAD_OPTION_VALUE)
  let s = Object.keys(n),
    r = s.length
  for (; r-- > 0; ) {
    const o = s[r],
      i = Object.hasOwn(e, o) ? e[o] : void 0
    if (i) {
      const c = n[o],
        m = c === void 0 || i(c, o, n)
      if (m !== !0) throw new k('option ' + o + ' must be ' + m, k.ERR_BAD_OPTION_VALUE)
      continue
    }
    if (t !== !0) throw new k('Unknown option ' + o, k.ERR_BAD_OPTION)
  }
}
var wt = { assertOptions: $a, validators: Mt }
var Y = wt.validators,
  Cs = (n) => {
    if (n == null || l.isPlainObject(n) || n instanceof B) return !0
    try {
      return (
        l.isObject(n) &&
        l.getSafeProp(n, Symbol.toStringTag) === 'AxiosHeaders' &&
        ['toJSON', 'set', 'get', 'has', 'delete', 'clear', 'normalize', 'concat', 'toString', Symbol.iterator].every(
          (e) => l.isFunction(l.getSafeProp(n, e)),
        )
      )
    } catch {
      return !1
    }
  },
  Ve = class {
    constructor(e) {
      ;(this.defaults = e || {}), (this.interceptors = { request: new ns(), response: new ns() })
    }
    async request(e, t) {
      try {
        return await this._request(e, t)
      } catch (s) {
        if (s instanceof Error)
          try {
            let r = {}
            Error.captureStackTrace ? Error.captureStackTrace(r) : (r = new Error())
            let o = r.stack,
              i = ''
            if (typeof o == 'string') {
              const c = o.indexOf(`
`)
              i = c === -1 ? '' : o.slice(c + 1)
            }
            if (!s.stack) s.stack = i
            else if (i) {
              const c = i.indexOf(`
`),
                m =
                  c === -1
                    ? -1
                    : i.indexOf(
                        `
`,
                        c + 1,
                      ),
                w = m === -1 ? i : i.slice(m + 1),
                y = String(s.stack),
                E = ar(s, y),
                H = E === -1 ? y : y.slice(0, E),
                N = E === -1 ? '' : y.slice(E)
              H.endsWith(w) ||
                (s.stack =
                  H +
                  `
` +
                  i +
                  N)
            }
          } catch {}
        throw s
      }
    }
    _request(e, t) {
      typeof e == 'string' ? ((t = t || {}), (t.url = e)) : (t = e || {}), (t = ue(this.defaults, t))
      const { transitional: s, paramsSerializer: r, headers: o } = t
      s !== void 0 &&
        wt.assertOptions(
          s,
          {
            silentJSONParsing: Y.transitional(Y.boolean),
            forcedJSONParsing: Y.transitional(Y.boolean),
            clarifyTimeoutError: Y.transitional(Y.boolean),
            legacyInterceptorReqResOrdering: Y.transitional(Y.boolean),
            advertiseZstdAcceptEncoding: Y.transitional(Y.boolean),
            validateStatusUndefinedResolves: Y.transitional(Y.boolean),
            encodeBasicAuthUsername: Y.transitional(Y.boolean),
          },
          !1,
        ),
        r != null &&
          (l.isFunction(r)
            ? (t.paramsSerializer = { serialize: r })
            : wt.assertOptions(r, { encode: Y.function, serialize: Y.function }, !0)),
        t.allowAbsoluteUrls !== void 0 ||
          (l.hasOwnProp(this.defaults, 'allowAbsoluteUrls') && this.defaults.allowAbsoluteUrls !== void 0
            ? (t.allowAbsoluteUrls = this.defaults.allowAbsoluteUrls)
            : (t.allowAbsoluteUrls = !0)),
        wt.assertOptions(t, { baseUrl: Y.spelling('baseURL'), withXsrfToken: Y.spelling('withXSRFToken') }, !0),
        (t.method = (l.getSafeProp(t, 'method') || l.getSafeProp(this.defaults, 'method') || 'get').toLowerCase())
      const i = l.getSafeProp(o, 'common'),
        c = l.getSafeProp(o, t.method),
        m = o && l.merge(Cs(i) ? i : void 0, Cs(c) ? c : void 0)
      o &&
        l.forEach(Nt.concat('common'), (K) => {
          Cs(l.getSafeProp(o, K)) && delete o[K]
        }),
        (t.headers = B.concat(m, o))
      let w = [],
        y = !0
      this.interceptors.request.forEach((F) => {
        if (typeof F.runWhen == 'function' && F.runWhen(t) === !1) return
        y = y && F.synchronous
        const q = t.transitional || je
        q && q.legacyInterceptorReqResOrdering ? w.unshift(F.fulfilled, F.rejected) : w.push(F.fulfilled, F.rejected)
      })
      const E = []
      this.interceptors.response.forEach((F) => {
        E.push(F.fulfilled, F.rejected)
      })
      let H,
        N = 0,
        I
      if (!y) {
        const K = [ht.bind(this), void 0]
        for (K.unshift(...w), K.push(...E), I = K.length, H = Promise.resolve(t); N < I; ) H = H.then(K[N++], K[N++])
        return H
      }
      I = w.length
      let W = t
      for (; N < I; ) {
        const K = w[N++],
          F = w[N++]
        try {
          W = K ? K(W) : W
        } catch (q) {
          if (!F) {
            H = Promise.reject(q)
            break
          }
          try {
            const R = F.call(this, q)
            l.isThenable(R) && (H = Promise.resolve(R).then(() => ht.call(this, W)))
          } catch (R) {
            H = Promise.reject(R)
          }
          break
        }
      }
      if (!H)
        try {
          H = ht.call(this, W)
        } catch (K) {
          H = Promise.reject(K)
        }
      for (N = 0, I = E.length; N < I; ) H = H.then(E[N++], E[N++])
      return H
    }
    getUri(e) {
      e = ue(this.defaults, e)
      const t = pt(e.baseURL, e.url, e.allowAbsoluteUrls, e)
      return ot(t, e.params, e.paramsSerializer)
    }
  }
l.forEach(['delete', 'get', 'head', 'options'], (e) => {
  Ve.prototype[e] = async function (t, s) {
    return this.request(ue(s || {}, { method: e, url: t, data: s && l.hasOwnProp(s, 'data') ? s.data : void 0 }))
  }
})
l.forEach(['post', 'put', 'patch', 'query'], (e) => {
  function t(s) {
    return async function (o, i, c) {
      return this.request(
        ue(c || {}, { method: e, headers: s ? { 'Content-Type': 'multipart/form-data' } : {}, url: o, data: i }),
      )
    }
  }
  ;(Ve.prototype[e] = t()), e !== 'query' && (Ve.prototype[e + 'Form'] = t(!0))
})
var St = Ve
var bs = class n {
    constructor(e) {
      if (typeof e != 'function') throw new TypeError('executor must be a function.')
      let t
      this.promise = new Promise((o) => {
        t = o
      })
      this.promise.then((r) => {
        if (!this._listeners) return
        let o = this._listeners.length
        for (; o-- > 0; ) this._listeners[o](r)
        this._listeners = null
      }),
        (this.promise.then = (r) => {
          let o,
            i = new Promise((c) => {
              this.subscribe(c), (o = c)
            }).then(r)
          return (
            (i.cancel = () => {
              this.unsubscribe(o)
            }),
            i
          )
        }),
        e((o, i, c) => {
          this.reason || ((this.reason = new de(o, i, c)), t(this.reason))
        })
    }
    throwIfRequested() {
      if (this.reason) throw this.reason
    }
    subscribe(e) {
      if (this.reason) {
        e(this.reason)
        return
      }
      this._listeners ? this._listeners.push(e) : (this._listeners = [e])
    }
    unsubscribe(e) {
      if (!this._listeners) return
      const t = this._listeners.indexOf(e)
      t !== -1 && this._listeners.splice(t, 1)
    }
    toAbortSignal() {
      const e = new AbortController(),
        t = (s) => {
          e.abort(s)
        }
      return (this.subscribe(t), (e.signal.unsubscribe = () => this.unsubscribe(t)), e.signal)
    }
    static source() {
      let e
      return {
        token: new n((r) => {
          e = r
        }),
        cancel: e,
      }
    }
  },
  Br = bs
function As(n) {
  return (t) => n.apply(null, t)
}
function Es(n) {
  return l.isObject(n) && n.isAxiosError === !0
}
var vt = {
  Continue: 100,
  SwitchingProtocols: 101,
  Processing: 102,
  EarlyHints: 103,
  Ok: 200,
  Created: 201,
  Accepted: 202,
  NonAuthoritativeInformation: 203,
  NoContent: 204,
  ResetContent: 205,
  PartialContent: 206,
  MultiStatus: 207,
  AlreadyReported: 208,
  ImUsed: 226,
  MultipleChoices: 300,
  MovedPermanently: 301,
  Found: 302,
  SeeOther: 303,
  NotModified: 304,
  UseProxy: 305,
  Unused: 306,
  TemporaryRedirect: 307,
  PermanentRedirect: 308,
  BadRequest: 400,
  Unauthorized: 401,
  PaymentRequired: 402,
  Forbidden: 403,
  NotFound: 404,
  MethodNotAllowed: 405,
  NotAcceptable: 406,
  ProxyAuthenticationRequired: 407,
  RequestTimeout: 408,
  Conflict: 409,
  Gone: 410,
  LengthRequired: 411,
  PreconditionFailed: 412,
  PayloadTooLarge: 413,
  ContentTooLarge: 413,
  UriTooLong: 414,
  UnsupportedMediaType: 415,
  RangeNotSatisfiable: 416,
  ExpectationFailed: 417,
  ImATeapot: 418,
  MisdirectedRequest: 421,
  UnprocessableEntity: 422,
  UnprocessableContent: 422,
  Locked: 423,
  FailedDependency: 424,
  TooEarly: 425,
  UpgradeRequired: 426,
  PreconditionRequired: 428,
  TooManyRequests: 429,
  RequestHeaderFieldsTooLarge: 431,
  UnavailableForLegalReasons: 451,
  InternalServerError: 500,
  NotImplemented: 501,
  BadGateway: 502,
  ServiceUnavailable: 503,
  GatewayTimeout: 504,
  HttpVersionNotSupported: 505,
  VariantAlsoNegotiates: 506,
  InsufficientStorage: 507,
  LoopDetected: 508,
  NotExtended: 510,
  NetworkAuthenticationRequired: 511,
  WebServerReturnsAnUnknownError: 520,
  WebServerIsDown: 521,
  ConnectionTimedOut: 522,
  OriginIsUnreachable: 523,
  TimeoutOccurred: 524,
  SslHandshakeFailed: 525,
  InvalidSslCertificate: 526,
}
Object.entries(vt).forEach(([n, e]) => {
  vt[e] === void 0 && (vt[e] = n)
})
var Gr = vt
function $r(n) {
  const e = new St(n),
    t = et(St.prototype.request, e)
  return (
    l.extend(t, St.prototype, e, { allOwnKeys: !0 }),
    l.extend(t, e, null, { allOwnKeys: !0 }),
    (t.create = (r) => $r(ue(n, r))),
    t
  )
}
var J = $r(Ge)
J.Axios = St
J.CanceledError = de
J.CancelToken = Br
J.isCancel = lt
J.VERSION = ze
J.toFormData = ge
J.AxiosError = k
J.Cancel = J.CanceledError
J.all = (e) => Promise.all(e)
J.spread = As
J.isAxiosError = Es
J.mergeConfig = ue
J.AxiosHeaders = B
J.formToJSON = (n) => Ht(l.isHTMLForm(n) ? new FormData(n) : n)
J.getAdapter = It.getAdapter
J.HttpStatusCode = Gr
J.default = J
var Wt = J
var {
  Axios: Td,
  AxiosError: Pd,
  CanceledError: gd,
  isCancel: kd,
  CancelToken: _d,
  VERSION: Cd,
  all: bd,
  Cancel: Ad,
  isAxiosError: zr,
  spread: Ed,
  toFormData: Rd,
  AxiosHeaders: Hd,
  HttpStatusCode: Nd,
  formToJSON: qd,
  getAdapter: xd,
  mergeConfig: Kd,
  create: Ld,
} = Wt
var ye = class extends Error {
  code
  statusCode
  requestId
  data
  constructor(e, t, s, r = {}) {
    const { type: o, message: i, data: c } = e
    super(i, r),
      (this.name = this.constructor.name),
      (this.code = o),
      (this.statusCode = t),
      (this.requestId = s),
      c != null && (this.data = c)
  }
}
var Dt = class extends ye {
  code
  statusCode
  constructor(e, t, s = {}) {
    const r = 'unauthorized'
    super(t ?? { type: r, message: 'Unauthorized' }, 401, e, s),
      (this.name = this.constructor.name),
      (this.code = r),
      (this.statusCode = 401),
      (this.requestId = e)
  }
}
var Ut = class extends ye {
  code
  #t
  constructor(e, t, s, r = {}) {
    super(e, t, s, r),
      (this.name = this.constructor.name),
      (this.code = 'invalid_input'),
      (this.#t = e.validation_errors ?? {})
  }
  get validationErrors() {
    return Object.entries(this.#t)
      .filter(([e]) => e !== '_errors')
      .map(([e, { _errors: t }]) => ({ parameterName: e, errorMessages: t }))
  }
  getValidationErrorMessages(e) {
    return this.#t[e]?._errors ?? []
  }
}
var Ce = class extends Error {
  path
  responseKey
  constructor(e, t, s) {
    super(`Seam returned an invalid response for ${e}: expected "${t}", ${s}`),
      (this.name = this.constructor.name),
      (this.path = e),
      (this.responseKey = t)
  }
}
var Jr = async (n) => {
    if (!zr(n)) throw n
    const { response: e } = n,
      t = e?.status,
      s = za(n)
    if (t == null) throw n
    if (t === 401) throw new Dt(s, Vr(e) ? e.data.error : void 0, { cause: n })
    if (!Vr(e)) throw n
    const { type: r } = e.data.error,
      o = [e.data.error, t, s, { cause: n }]
    throw r === 'invalid_input' ? new Ut(...o) : new ye(...o)
  },
  Vr = (n) => {
    if (n == null) return !1
    const { headers: e, data: t } = n
    if (e == null) return !1
    const s = e['content-type']
    return typeof s == 'string' && !s.startsWith('application/json')
      ? !1
      : typeof t == 'object' && t != null
        ? 'error' in t &&
          typeof t.error == 'object' &&
          t.error != null &&
          'type' in t.error &&
          typeof t.error.type == 'string' &&
          'message' in t.error &&
          typeof t.error.message == 'string'
        : !1
  },
  za = (n) => {
    const e = n.response?.headers
    if (e == null) return ''
    const t = e['seam-request-id']
    return t ?? ''
  }
var Zr = Lo(Yr(), 1),
  Rs = 'axios-retry'
function eo(n) {
  const e = ['ERR_CANCELED', 'ECONNABORTED']
  return n.response || !n.code || e.includes(n.code) ? !1 : (0, Zr.default)(n)
}
var to = ['get', 'head', 'options'],
  Ja = to.concat(['put', 'delete'])
function Hs(n) {
  return (
    n.code !== 'ECONNABORTED' &&
    (!n.response || n.response.status === 429 || (n.response.status >= 500 && n.response.status <= 599))
  )
}
function Xa(n) {
  return n.config?.method ? Hs(n) && to.indexOf(n.config.method) !== -1 : !1
}
function Ft(n) {
  return n.config?.method ? Hs(n) && Ja.indexOf(n.config.method) !== -1 : !1
}
function no(n) {
  return eo(n) || Ft(n)
}
function Ns(n = void 0) {
  const e = n?.response?.headers['retry-after']
  if (!e) return 0
  let t = (Number(e) || 0) * 1e3
  return (t === 0 && (t = (new Date(e).valueOf() || 0) - Date.now()), Math.max(0, t))
}
function Ya(n = 0, e = void 0) {
  return Math.max(0, Ns(e))
}
function qs(n = 0, e = void 0, t = 100) {
  const s = 2 ** n * t,
    r = Math.max(s, Ns(e)),
    o = r * 0.2 * Math.random()
  return r + o
}
function Qa(n = 100) {
  return (e = 0, t = void 0) => {
    const s = e * n
    return Math.max(s, Ns(t))
  }
}
var Za = {
  retries: 3,
  retryCondition: no,
  retryDelay: Ya,
  shouldResetTimeout: !1,
  onRetry: () => {},
  onMaxRetryTimesExceeded: () => {},
  validateResponse: null,
}
function ec(n, e) {
  return { ...Za, ...e, ...n[Rs] }
}
function Qr(n, e, t = !1) {
  const s = ec(n, e || {})
  return (
    (s.retryCount = s.retryCount || 0), (!s.lastRequestTime || t) && (s.lastRequestTime = Date.now()), (n[Rs] = s), s
  )
}
function tc(n, e) {
  n.defaults.agent === e.agent && delete e.agent,
    n.defaults.httpAgent === e.httpAgent && delete e.httpAgent,
    n.defaults.httpsAgent === e.httpsAgent && delete e.httpsAgent
}
async function nc(n, e) {
  const { retries: t, retryCondition: s } = n,
    r = (n.retryCount || 0) < t && s(e)
  if (typeof r == 'object')
    try {
      return (await r) !== !1
    } catch {
      return !1
    }
  return r
}
async function sc(n, e, t, s) {
  e.retryCount += 1
  const { retryDelay: r, shouldResetTimeout: o, onRetry: i } = e,
    c = r(e.retryCount, t)
  if ((tc(n, s), !o && s.timeout && e.lastRequestTime)) {
    const m = Date.now() - e.lastRequestTime,
      w = s.timeout - m - c
    if (w <= 0) return Promise.reject(t)
    s.timeout = w
  }
  return (
    (s.transformRequest = [(m) => m]),
    await i(e.retryCount, t, s),
    s.signal?.aborted
      ? Promise.resolve(n(s))
      : new Promise((m) => {
          const w = () => {
              clearTimeout(y), m(n(s))
            },
            y = setTimeout(() => {
              m(n(s)), s.signal?.removeEventListener && s.signal.removeEventListener('abort', w)
            }, c)
          s.signal?.addEventListener && s.signal.addEventListener('abort', w, { once: !0 })
        })
  )
}
async function rc(n, e) {
  n.retryCount >= n.retries && (await n.onMaxRetryTimesExceeded(e, n.retryCount))
}
var be = (n, e) => {
  const t = n.interceptors.request.use(
      (r) => (Qr(r, e, !0), r[Rs]?.validateResponse && (r.validateStatus = () => !1), r),
    ),
    s = n.interceptors.response.use(null, async (r) => {
      const { config: o } = r
      if (!o) return Promise.reject(r)
      const i = Qr(o, e)
      return r.response && i.validateResponse?.(r.response)
        ? r.response
        : (await nc(i, r))
          ? sc(n, i, r, o)
          : (await rc(i, r), Promise.reject(r))
    })
  return { requestInterceptorId: t, responseInterceptorId: s }
}
be.isNetworkError = eo
be.isSafeRequestError = Xa
be.isIdempotentRequestError = Ft
be.isNetworkOrIdempotentRequestError = no
be.exponentialDelay = qs
be.linearDelay = Qa
be.isRetryableError = Hs
var so = be
var ro = (n) =>
    n == null || typeof n != 'object'
      ? !1
      : n instanceof Date || Object.prototype.toString.call(n) === '[object Date]'
        ? 'toISOString' in n
        : !1,
  oo = (n) => {
    if (n == null || typeof n != 'object' || !('epochMilliseconds' in n)) return !1
    try {
      return !(typeof n.epochMilliseconds != 'number' || isNaN(n.epochMilliseconds))
    } catch {
      return !1
    }
  }
var io = (n) => {
  if (n == null || typeof n != 'object') return !1
  const e = Object.getPrototypeOf(n)
  return e === null || e === Object.prototype
}
var co = (n) => {
    const e = new URLSearchParams()
    return (lo(e, n), e.toString())
  },
  lo = (n, e) => {
    uo(n, e, []), n.sort()
  },
  uo = (n, e, t) => {
    for (const [s, r] of Object.entries(e)) {
      if (s.includes('.')) throw new Oe(s, 'contains one or more dots "." in its name which is unsupported')
      const o = [...t, s]
      if (io(r)) {
        uo(n, r, o)
        continue
      }
      const i = o.join('.')
      if (!(r == null && r !== null) && !(typeof r == 'string' && r.length === 0)) {
        if (Array.isArray(r)) {
          if (r.length === 0) {
            n.set(i, '')
            continue
          }
          if (r.length === 1 && r[0] === '')
            throw new Oe(i, 'is a single element array containing the empty string which is unsupported')
          if (r.some((c) => c === '')) throw new Oe(i, 'is an array containing the empty string which is unsupported')
          if (r.some((c) => c == null))
            throw new Oe(i, 'is an array containing null or undefined values which is unsupported')
          for (const c of r) n.append(i, ao(i, c))
          continue
        }
        n.set(i, ao(i, r))
      }
    }
  },
  ao = (n, e) => {
    if (e === null) return ''
    if (typeof e == 'string') return e.toString()
    if (typeof e == 'number') {
      if (
        isNaN(e) ||
        e === 1 / 0 ||
        e === -1 / 0 ||
        e.toString() === 'NaN' ||
        e.toString() === 'Infinity' ||
        e.toString() === '-Infinity'
      )
        throw new Oe(n, `is ${e}`)
      return e.toString()
    }
    if (typeof e == 'bigint' || typeof e == 'boolean') return e.toString()
    if (ro(e)) return e.toISOString()
    if (oo(e)) return new Date(e.epochMilliseconds).toISOString()
    throw new Oe(n, `is a ${typeof e}`)
  },
  Oe = class extends Error {
    constructor(e, t) {
      super(`Could not serialize parameter: '${e}' ${t}`), (this.name = this.constructor.name)
    }
  }
var jt = (n) => {
  const e = co(n)
  if (e === '') return ''
  const t = new URLSearchParams(e)
  return (t.set('_strict', 'true'), t.toString())
}
var xs = 3e4,
  oc = {
    retries: 2,
    retryCondition: Ft,
    retryDelay: qs,
    shouldResetTimeout: !0,
    onRetry: () => {},
    onMaxRetryTimesExceeded: () => {},
    validateResponse: null,
  },
  p = (n) => {
    const e = Wt.create({ paramsSerializer: jt, adapter: 'fetch', timeout: n.timeout ?? xs, ...n.axiosOptions })
    return (so(e, { ...oc, ...n.axiosRetryOptions }), e.interceptors.response.use(void 0, Jr), e)
  }
var ic = '2.32.0',
  mo = ic
var ac = 'https://connect.getseam.com',
  cc = { 'seam-sdk-name': 'seamapi/javascript-http', 'seam-sdk-version': mo },
  f = (n) => {
    const e = lc(n)
    return d(e) || Bs(e)
      ? e
      : {
          ...e,
          timeout: e.timeout ?? xs,
          axiosOptions: {
            baseURL: e.endpoint ?? pc() ?? ac,
            withCredentials: O(e),
            ...e.axiosOptions,
            headers: { ...$s(e), ...e.axiosOptions?.headers, ...cc },
          },
          axiosRetryOptions: { ...e.axiosRetryOptions },
        }
  },
  lc = (n) => {
    const e = typeof n == 'string' ? { apiKey: n } : n,
      t = { waitForActionAttempt: e.waitForActionAttempt ?? !0 }
    if (d(e)) return { ...e, ...t }
    const s = 'apiKey' in e ? e.apiKey : uc(e),
      r = 'personalAccessToken' in e ? e.personalAccessToken : mc(e),
      o = 'workspaceId' in e ? e.workspaceId : dc()
    if (s != null && r != null && !('apiKey' in e) && !('personalAccessToken' in e))
      throw new a(
        'Both SEAM_API_KEY and SEAM_PERSONAL_ACCESS_TOKEN environment variables are defined. Please use only one authentication method.',
      )
    return {
      ...e,
      ...(s != null ? { apiKey: s } : {}),
      ...(o != null ? { workspaceId: o } : {}),
      ...(r != null ? { personalAccessToken: r } : {}),
      ...t,
    }
  },
  uc = (n) =>
    ('clientSessionToken' in n && n.clientSessionToken != null) ||
    ('consoleSessionToken' in n && n.consoleSessionToken != null) ||
    ('personalAccessToken' in n && n.personalAccessToken != null)
      ? null
      : globalThis.process?.env?.SEAM_API_KEY,
  mc = (n) =>
    ('apiKey' in n && n.apiKey != null) ||
    ('clientSessionToken' in n && n.clientSessionToken != null) ||
    ('consoleSessionToken' in n && n.consoleSessionToken != null)
      ? null
      : globalThis.process?.env?.SEAM_PERSONAL_ACCESS_TOKEN,
  dc = () => globalThis.process?.env?.SEAM_WORKSPACE_ID,
  pc = () => (
    globalThis.process?.env?.SEAM_API_URL != null &&
      console.warn(
        'Using the SEAM_API_URL environment variable is deprecated. Support will be remove in a later major version. Use SEAM_ENDPOINT instead.',
      ),
    globalThis.process?.env?.SEAM_API_URL != null &&
      globalThis.process?.env?.SEAM_ENDPOINT != null &&
      console.warn('Detected both the SEAM_API_URL and SEAM_ENDPOINT environment variables. Using SEAM_ENDPOINT.'),
    globalThis.process?.env?.SEAM_ENDPOINT ?? globalThis.process?.env?.SEAM_API_URL
  ),
  A = (n) =>
    Object.keys(n)
      .filter(kt)
      .reduce((e, t) => ({ ...e, [t]: n[t] }), {})
var po = async (n, e, { timeout: t = 1e4, pollingInterval: s = 1e3 }) => {
  if (Number.isNaN(t) || t < 0) throw new a(`The timeout option must not be negative, got ${t}`)
  if (Number.isNaN(s) || s <= 0) throw new a(`The pollingInterval option must be greater than zero, got ${s}`)
  let r = Date.now() + t,
    o = n
  for (;;) {
    if (fc(o)) return o
    if (hc(o)) throw new Ks(o)
    const i = r - Date.now()
    if (i <= 0) throw new Ls(o, t)
    await new Promise((c) => setTimeout(c, Math.min(s, i))),
      (o = await e.get({ action_attempt_id: o.action_attempt_id }))
  }
}
var Bt = class extends Error {
  actionAttempt
  constructor(e, t) {
    super(e), (this.name = this.constructor.name), (this.actionAttempt = t)
  }
}
var Ks = class extends Bt {
  code
  constructor(e) {
    super(e.error.message, e), (this.name = this.constructor.name), (this.code = e.error.type)
  }
}
var Ls = class extends Bt {
    constructor(e, t) {
      super(`Timed out waiting for action attempt after ${t}ms`, e), (this.name = this.constructor.name)
    }
  },
  fc = (n) => n.status === 'success',
  hc = (n) => n.status === 'error'
var fo = (n, e, t, s, r) => {
  if (n === void 0) {
    if (t) throw new TypeError(`Parameters are required for ${e}`)
    return
  }
  if (n === null || typeof n != 'object' || Array.isArray(n))
    throw new TypeError(`Parameters for ${e} must be an object`)
  const o = n,
    i = s.filter((c) => o[c] === void 0)
  if (i.length > 0) throw new TypeError(`Required parameters missing for ${e}: ${i.join(', ')}`)
  if (r.length > 0 && r.every((c) => o[c] === void 0))
    throw new TypeError(`At least one parameter is required for ${e}`)
}
var u = class n {
    [Symbol.toStringTag] = 'SeamHttpRequest'
    #t
    #e
    #n = null
    #s = null
    constructor(e, t) {
      ;(this.#t = e), (this.#e = t)
    }
    get responseKey() {
      return this.#e.responseKey
    }
    get hasPagination() {
      return this.#e.hasPagination ?? !1
    }
    get url() {
      const { client: e } = this.#t,
        t = wc(e.defaults.paramsSerializer),
        s = Sc(e.defaults.baseURL ?? ''),
        r = this.params == null ? this.pathname : `${this.pathname}?${t(this.params)}`
      return new URL(`${s}${r}`)
    }
    get pathname() {
      return this.#e.pathname.startsWith('/') ? this.#e.pathname : `/${this.#e.pathname}`
    }
    get method() {
      return this.#e.method
    }
    get params() {
      return this.#e.params
    }
    get body() {
      return this.#e.body
    }
    withPageCursor(e) {
      const t = ['GET', 'DELETE'].includes(this.method.toUpperCase()),
        s = { ...(t ? (this.#e.params ?? {}) : (this.#e.body ?? {})), page_cursor: e }
      return new n(this.#t, { ...this.#e, parameters: s, params: t ? s : void 0, body: t ? void 0 : s })
    }
    async execute() {
      return ((this.#n ??= this.#r()), await this.#n)
    }
    async #r() {
      const e = await this.fetchResponse()
      if (this.responseKey === void 0) return
      const t = Gt(e, this.responseKey, this.pathname)
      if (this.responseKey === 'action_attempt') {
        const s = this.#e.options?.waitForActionAttempt ?? this.#t.defaults.waitForActionAttempt
        if (s !== !1) {
          if (this.#e.actionAttempts == null)
            throw new Error('Cannot wait for an action attempt without an action attempts client')
          const r = typeof this.#e.actionAttempts == 'function' ? this.#e.actionAttempts() : this.#e.actionAttempts
          return await po(t, r, typeof s == 'boolean' ? {} : s)
        }
      }
      return t
    }
    async fetchResponse() {
      return ((this.#s ??= this.#o()), await this.#s)
    }
    async #o() {
      fo(
        this.#e.parameters,
        this.pathname,
        this.#e.hasRequiredParameters ?? !1,
        this.#e.requiredParameterNames ?? [],
        this.#e.atLeastOneParameterNames ?? [],
      )
      const { client: e } = this.#t
      return (await e.request({ url: this.pathname, method: this.method, data: this.body, params: this.params })).data
    }
    async then(e, t) {
      return await this.execute().then(e, t)
    }
    async catch(e) {
      return await this.execute().catch(e)
    }
    async finally(e) {
      return await this.execute().finally(e)
    }
  },
  wc = (n) => (typeof n == 'function' ? n : typeof n?.serialize == 'function' ? n.serialize : jt),
  Gt = (n, e, t) => {
    if (n == null || typeof n != 'object')
      throw new Ce(t, String(e), `got ${n === null ? 'null' : typeof n} instead of a response object`)
    if (!(e in n)) throw new Ce(t, String(e), 'which the response does not contain')
    return n[e]
  },
  Sc = (n) => {
    if (yc(n)) {
      const e = new URL(n).toString()
      return e.endsWith('/') ? e.slice(0, -1) : e
    }
    if (globalThis.location != null) {
      const e = n.startsWith('/') ? n : `/${n}`
      return new URL(`${globalThis.location.origin}${e}`).toString().replace(/\/$/, '')
    }
    throw new Error(`Cannot resolve origin from ${n} in a non-browser environment`)
  },
  yc = (n) => {
    try {
      const { protocol: e } = new URL(n)
      return e === 'http:' || e === 'https:'
    } catch {
      return !1
    }
  }
var _ = class {
  #t
  constructor(e) {
    if (!e.hasPagination) throw new Error(`The ${e.pathname} endpoint does not support pagination`)
    this.#t = e
  }
  async firstPage() {
    return await this.#e()
  }
  async nextPage(e) {
    if (e == null) throw new Error('Cannot get the next page with a null nextPageCursor')
    return await this.#e(e)
  }
  async #e(e) {
    const t = this.#t.responseKey
    if (t == null) throw new Error('Cannot paginate a response without a responseKey')
    const s = this.#t.withPageCursor(e ?? void 0),
      r = await s.fetchResponse(),
      o = Gt(r, t, s.pathname)
    if (!Array.isArray(o))
      throw new Ce(s.pathname, String(t), `got ${o === null ? 'null' : typeof o} instead of a list`)
    const i = Gt(r, 'pagination', s.pathname)
    if (i === null || typeof i != 'object')
      throw new Ce(s.pathname, 'pagination', `got ${i === null ? 'null' : typeof i} instead of a pagination object`)
    const c = i,
      m = {
        hasNextPage: c.has_next_page ?? !1,
        nextPageCursor: c.next_page_cursor ?? null,
        nextPageUrl: c.next_page_url ?? null,
      }
    return [o, m]
  }
  async flattenToArray() {
    const e = []
    for await (const [t] of this.#n()) e.push(...t)
    return e
  }
  async *flatten() {
    for await (const [e] of this.#n()) for (const t of e) yield t
  }
  async *[Symbol.asyncIterator]() {
    for await (const [e] of this.#n()) yield e
  }
  async *#n() {
    let e = new Set(),
      t = await this.firstPage()
    for (yield t; t[1].hasNextPage; ) {
      const s = t[1].nextPageCursor
      if (s == null || e.has(s)) return
      e.add(s), (t = await this.nextPage(s)), yield t
    }
  }
}
var h = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpClientSessions.fromPublishableKey')
    const o = p(r),
      i = n.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await n.fromClient(this.client).get()
  }
  create(e, t = {}) {
    return new u(this, {
      pathname: '/client_sessions/create',
      method: 'PUT',
      body: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'client_session',
      options: t,
    })
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/client_sessions/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['client_session_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/client_sessions/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'client_session',
      options: t,
    })
  }
  getOrCreate(e, t = {}) {
    return new u(this, {
      pathname: '/client_sessions/get_or_create',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'client_session',
      options: t,
    })
  }
  grantAccess(e, t = {}) {
    return new u(this, {
      pathname: '/client_sessions/grant_access',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: [
        'client_session_id',
        'connect_webview_ids',
        'connected_account_ids',
        'user_identifier_key',
        'user_identity_id',
        'user_identity_ids',
      ],
      responseKey: void 0,
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/client_sessions/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'client_sessions',
      options: t,
    })
  }
  revoke(e, t = {}) {
    return new u(this, {
      pathname: '/client_sessions/revoke',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['client_session_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var $t = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpAccessCodesSimulate.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  createUnmanagedAccessCode(e, t = {}) {
    return new u(this, {
      pathname: '/access_codes/simulate/create_unmanaged_access_code',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['code', 'device_id', 'name'],
      atLeastOneParameterNames: [],
      responseKey: 'access_code',
      options: t,
    })
  }
}
var zt = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpAccessCodesUnmanaged.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  convertToManaged(e, t = {}) {
    return new u(this, {
      pathname: '/access_codes/unmanaged/convert_to_managed',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_code_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/access_codes/unmanaged/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_code_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/access_codes/unmanaged/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['access_code_id', 'code', 'device_id'],
      responseKey: 'access_code',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/access_codes/unmanaged/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'access_codes',
      hasPagination: !0,
      options: t,
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/access_codes/unmanaged/update',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_code_id', 'is_managed'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var Vt = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpAccessCodes.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get simulate() {
    return $t.fromClient(this.client, this.defaults)
  }
  get unmanaged() {
    return zt.fromClient(this.client, this.defaults)
  }
  create(e, t = {}) {
    return new u(this, {
      pathname: '/access_codes/create',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'access_code',
      options: t,
    })
  }
  createMultiple(e, t = {}) {
    return new u(this, {
      pathname: '/access_codes/create_multiple',
      method: 'PUT',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_ids'],
      atLeastOneParameterNames: [],
      responseKey: 'access_codes',
      options: t,
    })
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/access_codes/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_code_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  generateCode(e, t = {}) {
    return new u(this, {
      pathname: '/access_codes/generate_code',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'generated_code',
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/access_codes/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['access_code_id', 'code', 'device_id'],
      responseKey: 'access_code',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/access_codes/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: [
        'access_code_ids',
        'access_grant_id',
        'access_grant_key',
        'access_method_id',
        'customer_key',
        'device_id',
        'search',
        'user_identifier_key',
      ],
      responseKey: 'access_codes',
      hasPagination: !0,
      options: t,
    })
  }
  pullBackupAccessCode(e, t = {}) {
    return new u(this, {
      pathname: '/access_codes/pull_backup_access_code',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_code_id'],
      atLeastOneParameterNames: [],
      responseKey: 'access_code',
      options: t,
    })
  }
  reportDeviceConstraints(e, t = {}) {
    return new u(this, {
      pathname: '/access_codes/report_device_constraints',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/access_codes/update',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_code_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  updateMultiple(e, t = {}) {
    return new u(this, {
      pathname: '/access_codes/update_multiple',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['common_code_key'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var Jt = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpAccessGrantsUnmanaged.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/access_grants/unmanaged/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_grant_id'],
      atLeastOneParameterNames: [],
      responseKey: 'access_grant',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/access_grants/unmanaged/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'access_grants',
      hasPagination: !0,
      options: t,
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/access_grants/unmanaged/update',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_grant_id', 'is_managed'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var Xt = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpAccessGrants.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get unmanaged() {
    return Jt.fromClient(this.client, this.defaults)
  }
  create(e, t = {}) {
    return new u(this, {
      pathname: '/access_grants/create',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['requested_access_methods'],
      atLeastOneParameterNames: [],
      responseKey: 'access_grant',
      options: t,
    })
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/access_grants/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_grant_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/access_grants/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['access_grant_id', 'access_grant_key'],
      responseKey: 'access_grant',
      options: t,
    })
  }
  getRelated(e, t = {}) {
    return new u(this, {
      pathname: '/access_grants/get_related',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['access_grant_ids', 'access_grant_keys', 'exclude', 'include'],
      responseKey: 'batch',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/access_grants/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'access_grants',
      hasPagination: !0,
      options: t,
    })
  }
  requestAccessMethods(e, t = {}) {
    return new u(this, {
      pathname: '/access_grants/request_access_methods',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_grant_id', 'requested_access_methods'],
      atLeastOneParameterNames: [],
      responseKey: 'access_grant',
      options: t,
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/access_grants/update',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['access_grant_id', 'access_grant_key', 'ends_at', 'name', 'starts_at'],
      responseKey: void 0,
      options: t,
    })
  }
}
var L = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpActionAttempts.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/action_attempts/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['action_attempt_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => n.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/action_attempts/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempts',
      hasPagination: !0,
      options: t,
    })
  }
}
var Yt = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpAccessMethodsUnmanaged.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/access_methods/unmanaged/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_method_id'],
      atLeastOneParameterNames: [],
      responseKey: 'access_method',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/access_methods/unmanaged/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_grant_id'],
      atLeastOneParameterNames: [],
      responseKey: 'access_methods',
      options: t,
    })
  }
}
var Qt = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpAccessMethods.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get unmanaged() {
    return Yt.fromClient(this.client, this.defaults)
  }
  assignCard(e, t = {}) {
    return new u(this, {
      pathname: '/access_methods/assign_card',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_method_id', 'card_number'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/access_methods/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['access_grant_id', 'access_method_id', 'reservation_key'],
      responseKey: void 0,
      options: t,
    })
  }
  encode(e, t = {}) {
    return new u(this, {
      pathname: '/access_methods/encode',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_method_id', 'acs_encoder_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/access_methods/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_method_id'],
      atLeastOneParameterNames: [],
      responseKey: 'access_method',
      options: t,
    })
  }
  getRelated(e, t = {}) {
    return new u(this, {
      pathname: '/access_methods/get_related',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_method_ids'],
      atLeastOneParameterNames: [],
      responseKey: 'batch',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/access_methods/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: [
        'access_code_id',
        'access_grant_id',
        'access_grant_key',
        'acs_entrance_id',
        'device_id',
        'space_id',
      ],
      responseKey: 'access_methods',
      hasPagination: !0,
      options: t,
    })
  }
  unlockDoor(e, t = {}) {
    return new u(this, {
      pathname: '/access_methods/unlock_door',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_method_id', 'acs_entrance_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
}
var Zt = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpAcsAccessGroups.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  addUser(e, t = {}) {
    return new u(this, {
      pathname: '/acs/access_groups/add_user',
      method: 'PUT',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_access_group_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/acs/access_groups/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_access_group_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/acs/access_groups/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_access_group_id'],
      atLeastOneParameterNames: [],
      responseKey: 'acs_access_group',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/acs/access_groups/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'acs_access_groups',
      options: t,
    })
  }
  listAccessibleEntrances(e, t = {}) {
    return new u(this, {
      pathname: '/acs/access_groups/list_accessible_entrances',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_access_group_id'],
      atLeastOneParameterNames: [],
      responseKey: 'acs_entrances',
      options: t,
    })
  }
  listUsers(e, t = {}) {
    return new u(this, {
      pathname: '/acs/access_groups/list_users',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_access_group_id'],
      atLeastOneParameterNames: [],
      responseKey: 'acs_users',
      options: t,
    })
  }
  removeUser(e, t = {}) {
    return new u(this, {
      pathname: '/acs/access_groups/remove_user',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_access_group_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var en = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpAcsCredentials.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  assign(e, t = {}) {
    return new u(this, {
      pathname: '/acs/credentials/assign',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_credential_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  create(e, t = {}) {
    return new u(this, {
      pathname: '/acs/credentials/create',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['access_method'],
      atLeastOneParameterNames: [],
      responseKey: 'acs_credential',
      options: t,
    })
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/acs/credentials/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_credential_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/acs/credentials/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_credential_id'],
      atLeastOneParameterNames: [],
      responseKey: 'acs_credential',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/acs/credentials/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'acs_credentials',
      hasPagination: !0,
      options: t,
    })
  }
  listAccessibleEntrances(e, t = {}) {
    return new u(this, {
      pathname: '/acs/credentials/list_accessible_entrances',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_credential_id'],
      atLeastOneParameterNames: [],
      responseKey: 'acs_entrances',
      options: t,
    })
  }
  unassign(e, t = {}) {
    return new u(this, {
      pathname: '/acs/credentials/unassign',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_credential_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/acs/credentials/update',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_credential_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var tn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpAcsEncodersSimulate.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  nextCredentialEncodeWillFail(e, t = {}) {
    return new u(this, {
      pathname: '/acs/encoders/simulate/next_credential_encode_will_fail',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_encoder_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  nextCredentialEncodeWillSucceed(e, t = {}) {
    return new u(this, {
      pathname: '/acs/encoders/simulate/next_credential_encode_will_succeed',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_encoder_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  nextCredentialScanWillFail(e, t = {}) {
    return new u(this, {
      pathname: '/acs/encoders/simulate/next_credential_scan_will_fail',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_encoder_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  nextCredentialScanWillSucceed(e, t = {}) {
    return new u(this, {
      pathname: '/acs/encoders/simulate/next_credential_scan_will_succeed',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_encoder_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var nn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpAcsEncoders.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get simulate() {
    return tn.fromClient(this.client, this.defaults)
  }
  encodeCredential(e, t = {}) {
    return new u(this, {
      pathname: '/acs/encoders/encode_credential',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_encoder_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/acs/encoders/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_encoder_id'],
      atLeastOneParameterNames: [],
      responseKey: 'acs_encoder',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/acs/encoders/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'acs_encoders',
      hasPagination: !0,
      options: t,
    })
  }
  scanCredential(e, t = {}) {
    return new u(this, {
      pathname: '/acs/encoders/scan_credential',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_encoder_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
  scanToAssignCredential(e, t = {}) {
    return new u(this, {
      pathname: '/acs/encoders/scan_to_assign_credential',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_encoder_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
}
var sn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpAcsEntrances.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/acs/entrances/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_entrance_id'],
      atLeastOneParameterNames: [],
      responseKey: 'acs_entrance',
      options: t,
    })
  }
  grantAccess(e, t = {}) {
    return new u(this, {
      pathname: '/acs/entrances/grant_access',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_entrance_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/acs/entrances/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'acs_entrances',
      hasPagination: !0,
      options: t,
    })
  }
  listCredentialsWithAccess(e, t = {}) {
    return new u(this, {
      pathname: '/acs/entrances/list_credentials_with_access',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_entrance_id'],
      atLeastOneParameterNames: [],
      responseKey: 'acs_credentials',
      options: t,
    })
  }
  unlock(e, t = {}) {
    return new u(this, {
      pathname: '/acs/entrances/unlock',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_credential_id', 'acs_entrance_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
}
var rn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpAcsSystems.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/acs/systems/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_system_id'],
      atLeastOneParameterNames: [],
      responseKey: 'acs_system',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/acs/systems/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'acs_systems',
      options: t,
    })
  }
  listCompatibleCredentialManagerAcsSystems(e, t = {}) {
    return new u(this, {
      pathname: '/acs/systems/list_compatible_credential_manager_acs_systems',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_system_id'],
      atLeastOneParameterNames: [],
      responseKey: 'acs_systems',
      options: t,
    })
  }
  reportDevices(e, t = {}) {
    return new u(this, {
      pathname: '/acs/systems/report_devices',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_system_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var on = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpAcsUsers.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  addToAccessGroup(e, t = {}) {
    return new u(this, {
      pathname: '/acs/users/add_to_access_group',
      method: 'PUT',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_access_group_id', 'acs_user_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  create(e, t = {}) {
    return new u(this, {
      pathname: '/acs/users/create',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_system_id', 'full_name'],
      atLeastOneParameterNames: [],
      responseKey: 'acs_user',
      options: t,
    })
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/acs/users/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['acs_system_id', 'acs_user_id', 'user_identity_id'],
      responseKey: void 0,
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/acs/users/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['acs_system_id', 'acs_user_id', 'user_identity_id'],
      responseKey: 'acs_user',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/acs/users/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'acs_users',
      hasPagination: !0,
      options: t,
    })
  }
  listAccessibleEntrances(e, t = {}) {
    return new u(this, {
      pathname: '/acs/users/list_accessible_entrances',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['acs_system_id', 'acs_user_id', 'user_identity_id'],
      responseKey: 'acs_entrances',
      options: t,
    })
  }
  removeFromAccessGroup(e, t = {}) {
    return new u(this, {
      pathname: '/acs/users/remove_from_access_group',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_access_group_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  revokeAccessToAllEntrances(e, t = {}) {
    return new u(this, {
      pathname: '/acs/users/revoke_access_to_all_entrances',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['acs_system_id', 'acs_user_id', 'user_identity_id'],
      responseKey: void 0,
      options: t,
    })
  }
  suspend(e, t = {}) {
    return new u(this, {
      pathname: '/acs/users/suspend',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['acs_system_id', 'acs_user_id', 'user_identity_id'],
      responseKey: void 0,
      options: t,
    })
  }
  unsuspend(e, t = {}) {
    return new u(this, {
      pathname: '/acs/users/unsuspend',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['acs_system_id', 'acs_user_id', 'user_identity_id'],
      responseKey: void 0,
      options: t,
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/acs/users/update',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: [
        'access_schedule',
        'acs_system_id',
        'acs_user_id',
        'email',
        'email_address',
        'full_name',
        'hid_acs_system_id',
        'phone_number',
        'user_identity_id',
      ],
      responseKey: void 0,
      options: t,
    })
  }
}
var an = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpAcs.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get accessGroups() {
    return Zt.fromClient(this.client, this.defaults)
  }
  get credentials() {
    return en.fromClient(this.client, this.defaults)
  }
  get encoders() {
    return nn.fromClient(this.client, this.defaults)
  }
  get entrances() {
    return sn.fromClient(this.client, this.defaults)
  }
  get systems() {
    return rn.fromClient(this.client, this.defaults)
  }
  get users() {
    return on.fromClient(this.client, this.defaults)
  }
}
var cn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpConnectWebviews.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  create(e, t = {}) {
    return new u(this, {
      pathname: '/connect_webviews/create',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'connect_webview',
      options: t,
    })
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/connect_webviews/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['connect_webview_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/connect_webviews/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['connect_webview_id'],
      atLeastOneParameterNames: [],
      responseKey: 'connect_webview',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/connect_webviews/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'connect_webviews',
      hasPagination: !0,
      options: t,
    })
  }
}
var ln = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpConnectedAccountsSimulate.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  disconnect(e, t = {}) {
    return new u(this, {
      pathname: '/connected_accounts/simulate/disconnect',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['connected_account_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var un = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpConnectedAccounts.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get simulate() {
    return ln.fromClient(this.client, this.defaults)
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/connected_accounts/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['connected_account_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/connected_accounts/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['connected_account_id', 'email'],
      responseKey: 'connected_account',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/connected_accounts/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'connected_accounts',
      hasPagination: !0,
      options: t,
    })
  }
  sync(e, t = {}) {
    return new u(this, {
      pathname: '/connected_accounts/sync',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['connected_account_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/connected_accounts/update',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['connected_account_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var mn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpCustomers.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  createPortal(e, t = {}) {
    return new u(this, {
      pathname: '/customers/create_portal',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'customer_portal',
      options: t,
    })
  }
  deleteData(e, t = {}) {
    return new u(this, {
      pathname: '/customers/delete_data',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  pushData(e, t = {}) {
    return new u(this, {
      pathname: '/customers/push_data',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['customer_key'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var dn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpDevicesSimulate.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  connect(e, t = {}) {
    return new u(this, {
      pathname: '/devices/simulate/connect',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  connectToHub(e, t = {}) {
    return new u(this, {
      pathname: '/devices/simulate/connect_to_hub',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  disconnect(e, t = {}) {
    return new u(this, {
      pathname: '/devices/simulate/disconnect',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  disconnectFromHub(e, t = {}) {
    return new u(this, {
      pathname: '/devices/simulate/disconnect_from_hub',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  paidSubscription(e, t = {}) {
    return new u(this, {
      pathname: '/devices/simulate/paid_subscription',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id', 'is_expired'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  remove(e, t = {}) {
    return new u(this, {
      pathname: '/devices/simulate/remove',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var pn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpDevicesUnmanaged.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/devices/unmanaged/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['device_id', 'name'],
      responseKey: 'device',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/devices/unmanaged/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'devices',
      hasPagination: !0,
      options: t,
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/devices/unmanaged/update',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var fn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpDevices.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get simulate() {
    return dn.fromClient(this.client, this.defaults)
  }
  get unmanaged() {
    return pn.fromClient(this.client, this.defaults)
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/devices/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['device_id', 'name'],
      responseKey: 'device',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/devices/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'devices',
      hasPagination: !0,
      options: t,
    })
  }
  listDeviceProviders(e, t = {}) {
    return new u(this, {
      pathname: '/devices/list_device_providers',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'device_providers',
      options: t,
    })
  }
  reportProviderMetadata(e, t = {}) {
    return new u(this, {
      pathname: '/devices/report_provider_metadata',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['devices'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/devices/update',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var hn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpEvents.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/events/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['device_id', 'event_id', 'event_type'],
      responseKey: 'event',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/events/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: [
        'access_code_id',
        'access_code_ids',
        'access_grant_id',
        'access_grant_ids',
        'access_method_id',
        'access_method_ids',
        'acs_access_group_id',
        'acs_credential_id',
        'acs_encoder_id',
        'acs_entrance_id',
        'acs_system_id',
        'acs_system_ids',
        'acs_user_id',
        'between',
        'connect_webview_id',
        'connected_account_id',
        'customer_key',
        'device_id',
        'device_ids',
        'event_ids',
        'event_type',
        'event_types',
        'since',
        'space_id',
        'space_ids',
        'unstable_offset',
        'user_identity_id',
      ],
      responseKey: 'events',
      options: t,
    })
  }
}
var wn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpInstantKeys.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/instant_keys/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['instant_key_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/instant_keys/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['instant_key_id', 'instant_key_url'],
      responseKey: 'instant_key',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/instant_keys/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'instant_keys',
      options: t,
    })
  }
}
var Sn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpLocksSimulate.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  keypadCodeEntry(e, t = {}) {
    return new u(this, {
      pathname: '/locks/simulate/keypad_code_entry',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['code', 'device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
  manualLockViaKeypad(e, t = {}) {
    return new u(this, {
      pathname: '/locks/simulate/manual_lock_via_keypad',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
}
var yn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpLocks.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get simulate() {
    return Sn.fromClient(this.client, this.defaults)
  }
  configureAutoLock(e, t = {}) {
    return new u(this, {
      pathname: '/locks/configure_auto_lock',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['auto_lock_enabled', 'device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/locks/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['device_id', 'name'],
      responseKey: 'device',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/locks/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'devices',
      options: t,
    })
  }
  lockDoor(e, t = {}) {
    return new u(this, {
      pathname: '/locks/lock_door',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
  unlockDoor(e, t = {}) {
    return new u(this, {
      pathname: '/locks/unlock_door',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
}
var On = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r))
      throw new a('The client option cannot be used with SeamHttpNoiseSensorsNoiseThresholds.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  create(e, t = {}) {
    return new u(this, {
      pathname: '/noise_sensors/noise_thresholds/create',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id', 'ends_daily_at', 'starts_daily_at'],
      atLeastOneParameterNames: [],
      responseKey: 'noise_threshold',
      options: t,
    })
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/noise_sensors/noise_thresholds/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id', 'noise_threshold_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/noise_sensors/noise_thresholds/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['noise_threshold_id'],
      atLeastOneParameterNames: [],
      responseKey: 'noise_threshold',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/noise_sensors/noise_thresholds/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'noise_thresholds',
      options: t,
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/noise_sensors/noise_thresholds/update',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id', 'noise_threshold_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var Tn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpNoiseSensorsSimulate.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  triggerNoiseThreshold(e, t = {}) {
    return new u(this, {
      pathname: '/noise_sensors/simulate/trigger_noise_threshold',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var Pn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpNoiseSensors.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get noiseThresholds() {
    return On.fromClient(this.client, this.defaults)
  }
  get simulate() {
    return Tn.fromClient(this.client, this.defaults)
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/noise_sensors/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'devices',
      options: t,
    })
  }
}
var gn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpPhonesSimulate.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  createSandboxPhone(e, t = {}) {
    return new u(this, {
      pathname: '/phones/simulate/create_sandbox_phone',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['user_identity_id'],
      atLeastOneParameterNames: [],
      responseKey: 'phone',
      options: t,
    })
  }
}
var kn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpPhones.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get simulate() {
    return gn.fromClient(this.client, this.defaults)
  }
  deactivate(e, t = {}) {
    return new u(this, {
      pathname: '/phones/deactivate',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/phones/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'phone',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/phones/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'phones',
      options: t,
    })
  }
}
var _n = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpSpaces.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  addAcsEntrances(e, t = {}) {
    return new u(this, {
      pathname: '/spaces/add_acs_entrances',
      method: 'PUT',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_entrance_ids', 'space_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  addConnectedAccount(e, t = {}) {
    return new u(this, {
      pathname: '/spaces/add_connected_account',
      method: 'PUT',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['connected_account_id', 'space_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  addDevices(e, t = {}) {
    return new u(this, {
      pathname: '/spaces/add_devices',
      method: 'PUT',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_ids', 'space_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  create(e, t = {}) {
    return new u(this, {
      pathname: '/spaces/create',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['name'],
      atLeastOneParameterNames: [],
      responseKey: 'space',
      options: t,
    })
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/spaces/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['space_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/spaces/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['space_id', 'space_key'],
      responseKey: 'space',
      options: t,
    })
  }
  getRelated(e, t = {}) {
    return new u(this, {
      pathname: '/spaces/get_related',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['exclude', 'include', 'space_ids', 'space_keys'],
      responseKey: 'batch',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/spaces/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'spaces',
      hasPagination: !0,
      options: t,
    })
  }
  removeAcsEntrances(e, t = {}) {
    return new u(this, {
      pathname: '/spaces/remove_acs_entrances',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_entrance_ids', 'space_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  removeConnectedAccount(e, t = {}) {
    return new u(this, {
      pathname: '/spaces/remove_connected_account',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['connected_account_id', 'space_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  removeDevices(e, t = {}) {
    return new u(this, {
      pathname: '/spaces/remove_devices',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_ids', 'space_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/spaces/update',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'space',
      options: t,
    })
  }
}
var Cn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpThermostatsDailyPrograms.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  create(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/daily_programs/create',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id', 'name', 'periods'],
      atLeastOneParameterNames: [],
      responseKey: 'thermostat_daily_program',
      options: t,
    })
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/daily_programs/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['thermostat_daily_program_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/daily_programs/update',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['name', 'periods', 'thermostat_daily_program_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
}
var bn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpThermostatsSchedules.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  create(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/schedules/create',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['climate_preset_key', 'device_id', 'ends_at', 'starts_at'],
      atLeastOneParameterNames: [],
      responseKey: 'thermostat_schedule',
      options: t,
    })
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/schedules/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['thermostat_schedule_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/schedules/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['thermostat_schedule_id'],
      atLeastOneParameterNames: [],
      responseKey: 'thermostat_schedule',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/schedules/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'thermostat_schedules',
      options: t,
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/schedules/update',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['thermostat_schedule_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var An = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpThermostatsSimulate.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  hvacModeAdjusted(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/simulate/hvac_mode_adjusted',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id', 'hvac_mode'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  temperatureReached(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/simulate/temperature_reached',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var En = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpThermostats.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get dailyPrograms() {
    return Cn.fromClient(this.client, this.defaults)
  }
  get schedules() {
    return bn.fromClient(this.client, this.defaults)
  }
  get simulate() {
    return An.fromClient(this.client, this.defaults)
  }
  activateClimatePreset(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/activate_climate_preset',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['climate_preset_key', 'device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
  cool(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/cool',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
  createClimatePreset(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/create_climate_preset',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['climate_preset_key', 'device_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  deleteClimatePreset(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/delete_climate_preset',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['climate_preset_key', 'device_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  heat(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/heat',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
  heatCool(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/heat_cool',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'devices',
      options: t,
    })
  }
  off(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/off',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
  setFallbackClimatePreset(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/set_fallback_climate_preset',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['climate_preset_key', 'device_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  setFanMode(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/set_fan_mode',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
  setHvacMode(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/set_hvac_mode',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id', 'hvac_mode_setting'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
  setTemperatureThreshold(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/set_temperature_threshold',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  updateClimatePreset(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/update_climate_preset',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['climate_preset_key', 'device_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  updateWeeklyProgram(e, t = {}) {
    return new u(this, {
      pathname: '/thermostats/update_weekly_program',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id'],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
}
var Rn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpUserIdentitiesUnmanaged.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/unmanaged/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['user_identity_id'],
      atLeastOneParameterNames: [],
      responseKey: 'user_identity',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/unmanaged/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'user_identities',
      hasPagination: !0,
      options: t,
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/unmanaged/update',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['is_managed', 'user_identity_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var Hn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpUserIdentities.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get unmanaged() {
    return Rn.fromClient(this.client, this.defaults)
  }
  addAcsUser(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/add_acs_user',
      method: 'PUT',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_user_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  create(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/create',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'user_identity',
      options: t,
    })
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['user_identity_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  generateInstantKey(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/generate_instant_key',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['user_identity_id'],
      atLeastOneParameterNames: [],
      responseKey: 'instant_key',
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: ['user_identity_id', 'user_identity_key'],
      responseKey: 'user_identity',
      options: t,
    })
  }
  grantAccessToDevice(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/grant_access_to_device',
      method: 'PUT',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id', 'user_identity_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'user_identities',
      hasPagination: !0,
      options: t,
    })
  }
  listAccessibleDevices(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/list_accessible_devices',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['user_identity_id'],
      atLeastOneParameterNames: [],
      responseKey: 'devices',
      options: t,
    })
  }
  listAccessibleEntrances(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/list_accessible_entrances',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['user_identity_id'],
      atLeastOneParameterNames: [],
      responseKey: 'acs_entrances',
      options: t,
    })
  }
  listAcsSystems(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/list_acs_systems',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['user_identity_id'],
      atLeastOneParameterNames: [],
      responseKey: 'acs_systems',
      options: t,
    })
  }
  listAcsUsers(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/list_acs_users',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['user_identity_id'],
      atLeastOneParameterNames: [],
      responseKey: 'acs_users',
      options: t,
    })
  }
  merge(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/merge',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: [],
      atLeastOneParameterNames: [
        'merged_user_identity_ids',
        'merged_user_identity_keys',
        'user_identity_id',
        'user_identity_key',
      ],
      responseKey: void 0,
      options: t,
    })
  }
  removeAcsUser(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/remove_acs_user',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['acs_user_id', 'user_identity_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  revokeAccessToDevice(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/revoke_access_to_device',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['device_id', 'user_identity_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/user_identities/update',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['user_identity_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var Nn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpWebhooks.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  create(e, t = {}) {
    return new u(this, {
      pathname: '/webhooks/create',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['url'],
      atLeastOneParameterNames: [],
      responseKey: 'webhook',
      options: t,
    })
  }
  delete(e, t = {}) {
    return new u(this, {
      pathname: '/webhooks/delete',
      method: 'DELETE',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['webhook_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/webhooks/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['webhook_id'],
      atLeastOneParameterNames: [],
      responseKey: 'webhook',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/webhooks/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'webhooks',
      options: t,
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/webhooks/update',
      method: 'PUT',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['event_types', 'webhook_id'],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var qn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttpWorkspaces.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  create(e, t = {}) {
    return new u(this, {
      pathname: '/workspaces/create',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !0,
      requiredParameterNames: ['name'],
      atLeastOneParameterNames: [],
      responseKey: 'workspace',
      options: t,
    })
  }
  get(e, t = {}) {
    return new u(this, {
      pathname: '/workspaces/get',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'workspace',
      options: t,
    })
  }
  list(e, t = {}) {
    return new u(this, {
      pathname: '/workspaces/list',
      method: 'GET',
      params: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'workspaces',
      options: t,
    })
  }
  resetSandbox(e, t = {}) {
    return new u(this, {
      pathname: '/workspaces/reset_sandbox',
      method: 'POST',
      body: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: 'action_attempt',
      options: t,
      actionAttempts: () => L.fromClient(this.client, { ...this.defaults, waitForActionAttempt: !1 }),
    })
  }
  update(e, t = {}) {
    return new u(this, {
      pathname: '/workspaces/update',
      method: 'PATCH',
      body: e,
      parameters: e,
      hasRequiredParameters: !1,
      requiredParameterNames: [],
      atLeastOneParameterNames: [],
      responseKey: void 0,
      options: t,
    })
  }
}
var xn = class n {
  client
  defaults
  constructor(e = {}) {
    const t = f(e)
    ;(this.client = 'client' in t ? t.client : p(t)), (this.defaults = A(t))
  }
  static fromClient(e, t = {}) {
    const s = { ...t, client: e }
    if (!d(s)) throw new a('Missing client')
    return new n(s)
  }
  static fromApiKey(e, t = {}) {
    const s = { ...t, apiKey: e }
    if (!T(s)) throw new a('Missing apiKey')
    return new n(s)
  }
  static fromClientSessionToken(e, t = {}) {
    const s = { ...t, clientSessionToken: e }
    if (!O(s)) throw new a('Missing clientSessionToken')
    return new n(s)
  }
  static async fromPublishableKey(e, t, s = {}) {
    b(t)
    const r = f({ ...s, publishableKey: e })
    if (d(r)) throw new a('The client option cannot be used with SeamHttp.fromPublishableKey')
    const o = p(r),
      i = h.fromClient(o),
      { token: c } = await i.getOrCreate({ user_identifier_key: t })
    return n.fromClientSessionToken(c, s)
  }
  static fromConsoleSessionToken(e, t, s = {}) {
    const r = { ...s, consoleSessionToken: e, workspaceId: t }
    if (!P(r)) throw new a('Missing consoleSessionToken or workspaceId')
    return new n(r)
  }
  static fromPersonalAccessToken(e, t, s = {}) {
    const r = { ...s, personalAccessToken: e, workspaceId: t }
    if (!g(r)) throw new a('Missing personalAccessToken or workspaceId')
    return new n(r)
  }
  createPaginator(e) {
    return new _(e)
  }
  async updateClientSessionToken(e) {
    const { headers: t } = this.client.defaults,
      s = C({ clientSessionToken: e })
    for (const o of Object.keys(s))
      if (t[o] == null)
        throw new Error('Cannot update a clientSessionToken on a client created without a clientSessionToken')
    ;(this.client.defaults.headers = { ...t, ...s }), await h.fromClient(this.client).get()
  }
  get accessCodes() {
    return Vt.fromClient(this.client, this.defaults)
  }
  get accessGrants() {
    return Xt.fromClient(this.client, this.defaults)
  }
  get accessMethods() {
    return Qt.fromClient(this.client, this.defaults)
  }
  get acs() {
    return an.fromClient(this.client, this.defaults)
  }
  get actionAttempts() {
    return L.fromClient(this.client, this.defaults)
  }
  get clientSessions() {
    return h.fromClient(this.client, this.defaults)
  }
  get connectWebviews() {
    return cn.fromClient(this.client, this.defaults)
  }
  get connectedAccounts() {
    return un.fromClient(this.client, this.defaults)
  }
  get customers() {
    return mn.fromClient(this.client, this.defaults)
  }
  get devices() {
    return fn.fromClient(this.client, this.defaults)
  }
  get events() {
    return hn.fromClient(this.client, this.defaults)
  }
  get instantKeys() {
    return wn.fromClient(this.client, this.defaults)
  }
  get locks() {
    return yn.fromClient(this.client, this.defaults)
  }
  get noiseSensors() {
    return Pn.fromClient(this.client, this.defaults)
  }
  get phones() {
    return kn.fromClient(this.client, this.defaults)
  }
  get spaces() {
    return _n.fromClient(this.client, this.defaults)
  }
  get thermostats() {
    return En.fromClient(this.client, this.defaults)
  }
  get userIdentities() {
    return Hn.fromClient(this.client, this.defaults)
  }
  get webhooks() {
    return Nn.fromClient(this.client, this.defaults)
  }
  get workspaces() {
    return qn.fromClient(this.client, this.defaults)
  }
}
var Oc = 250,
  Tc = 2e4,
  Pc = /(?:^#|&)jwt=([^&]+)/,
  To = new URL('.', window.location.href).href.replace(/\/$/, ''),
  Ke = (n) => document.getElementById(n),
  Po = Ke('jwt'),
  gc = Ke('sign-in'),
  ho = Ke('sign-in-button'),
  Is = Ke('session'),
  wo = Ke('devices-status'),
  kc = Ke('devices'),
  So = Ke('calls').tBodies[0],
  Ms
function ne(n, e = '', t = '') {
  const s = document.createElement(n)
  return ((s.textContent = e), t && (s.className = t), s)
}
function vs({ call: n, status: e, cacheStatus: t, result: s, ms: r }) {
  const o = ne('tr')
  o.append(
    ne('td', String(So.rows.length + 1)),
    ne('td', n, 'call'),
    ne('td', String(e), `status status-${String(e).charAt(0)}`),
    ne('td', t ?? '\u2014 (not cached)', t ? 'cache' : 'cache none'),
    ne('td', s, 'result'),
    ne('td', String(r)),
  ),
    So.append(o)
}
function yt(n, e, t = '') {
  ;(n.textContent = e), (n.className = `status ${t}`.trim())
}
function go(n) {
  if (typeof n != 'object' || n === null) return ''
  const e = n
  if (Array.isArray(e.devices)) return `${e.devices.length} devices`
  const t = e.action_attempt
  if (t) return `action attempt ${t.status}`
  const s = e.client_session
  return s
    ? `client session of ${s.user_identifier_key}`
    : typeof e.client_session_token == 'string'
      ? 'client session token'
      : (e.error?.type ?? '')
}
async function _c(n) {
  const e = performance.now(),
    t = await fetch(`${To}/token`, { method: 'POST', headers: { authorization: `Bearer ${n}` } }),
    s = await t.json().catch(() => ({}))
  if (
    (vs({
      call: 'POST /token',
      status: t.status,
      cacheStatus: t.headers.get('cache-status'),
      result: go(s),
      ms: Math.round(performance.now() - e),
    }),
    !t.ok || !s.client_session_token)
  )
    throw new Error(`/token refused: ${s.error?.type ?? t.status}`)
  return s.client_session_token
}
function Cc(n) {
  const e = new WeakMap()
  n.client.interceptors.request.use((t) => (e.set(t, performance.now()), t)),
    n.client.interceptors.response.use(
      (t) => {
        const s = e.get(t.config),
          r = t.headers['cache-status']
        vs({
          call: `${(t.config.method ?? 'get').toUpperCase()} ${t.config.url ?? ''}`,
          status: t.status,
          cacheStatus: typeof r == 'string' ? r : null,
          result: go(t.data),
          ms: s === void 0 ? 0 : Math.round(performance.now() - s),
        })
        const o = t.data?.action_attempt
        return (o && Ms?.(o), t)
      },
      (t) => {
        throw (
          t instanceof ye && vs({ call: 'SDK call', status: t.statusCode, cacheStatus: null, result: t.code, ms: 0 }), t
        )
      },
    )
}
function bc(n, e) {
  const t = ne('li', '', 'device')
  t.dataset.deviceId = e.device_id
  const s = e.display_name || String(e.properties.name ?? e.device_id),
    r = e.properties.locked,
    o = ne('span', r === void 0 ? '' : r ? 'locked' : 'unlocked', 'lock-state'),
    i = ne('div', `${e.device_type} \xB7 `, 'meta')
  i.append(o)
  const c = ne('div', '', 'attempt')
  if ((t.append(ne('div', s, 'name'), i), e.can_remotely_unlock)) {
    const m = ne('button', 'Unlock')
    ;(m.type = 'button'),
      m.addEventListener('click', () => {
        Ac(n, e, m, c, o)
      }),
      t.append(m)
  }
  return (t.append(c), t)
}
function yo(n, e, t) {
  n.replaceChildren(`Action attempt ${e}: `, ne('span', t, t))
}
async function Ac(n, e, t, s, r) {
  ;(t.disabled = !0), (s.textContent = 'Unlocking\u2026'), (Ms = (o) => yo(s, o.action_attempt_id, o.status))
  try {
    const o = await n.locks.unlockDoor(
      { device_id: e.device_id },
      { waitForActionAttempt: { pollingInterval: Oc, timeout: Tc } },
    )
    yo(s, o.action_attempt_id, o.status), o.status === 'success' && (r.textContent = 'unlocked')
  } catch (o) {
    s.replaceChildren('Unlock failed: ', ne('span', ko(o), 'error'))
  } finally {
    ;(Ms = void 0), (t.disabled = !1)
  }
}
function ko(n) {
  return n instanceof ye ? `${n.code} (${n.statusCode})` : n instanceof Error ? n.message : String(n)
}
async function Ec(n) {
  ;(ho.disabled = !0), yt(Is, 'Signing in\u2026')
  try {
    const e = await _c(n),
      t = xn.fromClientSessionToken(e, { endpoint: To })
    Cc(t)
    const s = await t.clientSessions.get()
    yt(
      Is,
      `Signed in as ${s.user_identifier_key} \xB7 client session ${s.client_session_id} \xB7 expires ${s.expires_at}`,
      'ok',
    ),
      yt(wo, 'Listing devices\u2026')
    const r = await t.devices.list()
    kc.replaceChildren(...r.map((o) => bc(t, o))), yt(wo, `${r.length} devices you can use.`, 'ok')
  } catch (e) {
    yt(Is, `Sign-in failed: ${ko(e)}`, 'bad')
  } finally {
    ho.disabled = !1
  }
}
var Oo = Pc.exec(window.location.hash)?.[1]
Oo &&
  ((Po.value = decodeURIComponent(Oo)),
  history.replaceState(null, '', window.location.pathname + window.location.search))
gc.addEventListener('submit', (n) => {
  n.preventDefault(), Ec(Po.value.trim())
})
