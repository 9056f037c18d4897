/**
 * nginx's half of the dashboard proxy, in njs (nginx's JavaScript module): the part of the contract
 * that plain nginx directives cannot keep. The allowlist, the cookie and TLS live in the config; this
 * sends the request through the config's internal upstream location, reads the whole answer within a
 * total deadline, and answers the browser with the upstream's status, JSON body and Retry-After only,
 * or with the proxy's own JSON error. Written for njs 0.7 (Debian 12): no classes, no destructuring.
 */

var UPSTREAM_PREFIX = '/__hpcai_upstream'
var MESSAGES = {
  upstream_unreachable: 'Could not reach HPC-AI from the dashboard server.',
  upstream_timeout: 'HPC-AI did not answer the dashboard server in time.',
  upstream_not_json: 'HPC-AI sent the dashboard server an answer that is not JSON.',
  upstream_too_large: 'HPC-AI sent the dashboard server an answer too large to read.',
}
var REDIRECT_MESSAGE =
  'HPC-AI answered the dashboard server with a redirect, which it does not follow.'
/** What the config's upstream location answers when nginx itself could not reach the upstream. */
var HOP_FAILED = {
  'hpcai:unreachable': 'upstream_unreachable',
  'hpcai:timeout': 'upstream_timeout',
}
var RETRY_AFTER = /^(?:\d{1,10}|[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT)$/

function forward(r) {
  var answered = false
  var timer = setTimeout(function () {
    refuse('upstream_timeout', 504, {})
  }, Number(r.variables.hpcai_deadline_ms))

  function answer(status, headers, body) {
    if (answered) return
    answered = true
    clearTimeout(timer)
    var bytes = typeof body === 'string' ? Buffer.from(body) : body
    headers['Content-Type'] = 'application/json; charset=utf-8'
    headers['Cache-Control'] = 'no-store'
    headers['Content-Length'] = bytes.length
    for (var name in headers) r.headersOut[name] = headers[name]
    r.return(status, bytes)
  }

  function refuse(code, status, headers, message) {
    if (!answered) r.warn('hpcai proxy: ' + r.method + ' ' + r.uri + ' -> ' + code)
    headers['X-Proxy-Error'] = code
    var text = JSON.stringify({ proxyError: code, message: message || MESSAGES[code] })
    answer(status, headers, text)
  }

  function relay(reply) {
    var body = reply.responseBuffer || Buffer.from('')
    var text = body.toString()
    if (
      (reply.status === 502 || reply.status === 504) &&
      Object.prototype.hasOwnProperty.call(HOP_FAILED, text)
    )
      return refuse(HOP_FAILED[text], reply.status, {})
    if (body.length > Number(r.variables.hpcai_max_answer_bytes))
      return refuse('upstream_too_large', 502, {})
    if (reply.status >= 300 && reply.status <= 399)
      return refuse('upstream_not_json', 502, {}, REDIRECT_MESSAGE)
    var headers = {}
    var wait = reply.headersOut['Retry-After']
    if (typeof wait === 'string' && RETRY_AFTER.test(wait)) headers['Retry-After'] = wait
    try {
      JSON.parse(text)
    } catch (e) {
      // An error status is kept: a 503 page with Retry-After still says "try again later".
      if (reply.status >= 400 && reply.status <= 599)
        return refuse(
          'upstream_not_json',
          reply.status,
          headers,
          'HPC-AI answered HTTP ' + reply.status + '.',
        )
      return refuse('upstream_not_json', 502, headers)
    }
    answer(reply.status, headers, body)
  }

  r.subrequest(UPSTREAM_PREFIX + r.uri, { method: 'POST', body: r.requestText || '' })
    .then(relay)
    .catch(function () {
      refuse('upstream_unreachable', 502, {})
    })
}

/**
 * Body filter of the upstream location: passes at most one byte more than the cap (so that `forward`
 * sees the answer is too large without nginx failing on a full buffer), and ends the upstream read
 * once the deadline is well past (`forward` has answered 504 by then; a dripping upstream would
 * otherwise hold the connection).
 */
var received = 0
function capAnswer(r, data, flags) {
  if (Number(r.variables.request_time) * 1000 > Number(r.variables.hpcai_deadline_ms) + 1000)
    throw new Error('hpcai proxy: past the deadline, dropping the upstream connection')
  var room = Number(r.variables.hpcai_max_answer_bytes) + 1 - received
  received += data.length
  r.sendBuffer(room <= 0 ? '' : data.length > room ? data.slice(0, room) : data, flags)
}

export default { forward, capAnswer }
