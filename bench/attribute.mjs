// @ts-check
/**
 * Attributes a page renderer's main-thread time to extensions, from Chromium's own trace events (trace event
 * format: `ph` 'X' events carry `ts` and `dur` in microseconds; `pid`/`tid` name the thread). Pure: events in,
 * figures out, so it can be checked on saved traces.
 *
 * What Chromium 156 records for a content script (checked on real traces, see bench/README.md):
 * - `EvaluateScript` (devtools.timeline) with `args.data.url` = chrome-extension://<id>/<file> for each static content
 *   script run, holding `v8.compile` and `v8.run` (whose `args.fileName`/`worldName`/`worldId` name the
 *   extension's isolated world);
 * - `v8.compileModule` with the module's URL and `v8.evaluateModule` with only `worldId`/`worldName` for an ES module
 *   imported from the content script (page.js);
 * - `FunctionCall` with `args.data.url` for callbacks Blink calls (listeners, timers, observers);
 * - promise continuations are NOT wrapped in FunctionCall: they run inside `RunMicrotasks` (in Blink's microtask
 *   checkpoint after the task) with no script URL. They are attributed through the task they run in (DevTools'
 *   `RunTask`, which includes that checkpoint): a task that also ran the extension's script, or a task that delivered
 *   one of the extension's own messages (`Receive mojo message` with an `extensions.mojom.MessagePort` tag);
 * - `ScriptInjection::InjectJs` (category `extensions`, with `chrome_extension_id`) is the creation of the
 *   extension's isolated world; every extension with a content script pays it, so it is reported on its own.
 */

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.run', 'TimerFire']);
/**
 * DevTools' task: one scheduler task including the microtask checkpoint that follows it (the checkpoint lies outside
 * `ThreadControllerImpl::RunTask`, so that event alone would cut a promise continuation off from its cause).
 */
const TASK = 'RunTask';
/** V8's microtask run (category v8.execute), inside Blink's checkpoint after each task. */
const MICROTASKS = 'RunMicrotasks';
const FORCED_LAYOUT = new Set(['Layout', 'UpdateLayoutTree', 'RecalculateStyles']);
const EXTENSION_PORT = /^extensions\.mojom\.MessagePort/;
const INJECT = 'ScriptInjection::InjectJs';

/** The events worth keeping from a trace (the rest is dropped while it streams in). */
export function keepEvent(/** @type {TraceEvent} */ e) {
  if (e.ph === 'M') return e.name === 'thread_name';
  if (e.name === 'CommitLoad') return true;
  if (e.ph !== 'X') return false;
  if (e.name === TASK) return typeof e.cat === 'string' && e.cat.includes('devtools.timeline');
  if (e.name === MICROTASKS) return true;
  if (SCRIPT_EVENTS.has(e.name) || FORCED_LAYOUT.has(e.name)) return true;
  if (e.name === 'Receive mojo message') return mojoTag(e).startsWith('extensions.');
  return typeof e.cat === 'string' && e.cat.includes('extensions') && extensionIdOf(e) !== null;
}

/**
 * @typedef {{ name: string, ph: string, ts: number, dur?: number, pid: number, tid: number, cat?: string, args?: any }} TraceEvent
 * @typedef {{ key: string, id: string }} ExtensionRef
 * @typedef {{ start: number, end: number }} Interval
 * @typedef {{ start: number, end: number, cpu: number }} TimedInterval  cpu: the event's thread time (`tdur`)
 * @typedef {{
 *   timeUs: number, longestTaskUs: number, cpuUs: number, longestTaskCpuUs: number, tasks: number, injectUs: number, injectCpuUs: number,
 *   forcedLayouts: number, forcedLayoutUs: number, scriptUrls: string[],
 *   taskSpans: Interval[], longestTask: Interval | null
 * }} ExtensionCost
 * @typedef {{
 *   found: boolean, thread: string, byExtension: Record<string, ExtensionCost>,
 *   unattributedMicrotaskUs: number, pageScriptEvents: number
 * }} PageCost
 */

function mojoTag(/** @type {TraceEvent} */ e) {
  const info = e.args?.chrome_mojo_event_info;
  return String(info?.mojo_interface_tag ?? info?.watcher_notify_interface_tag ?? '');
}

/** @returns {string | null} */
function extensionIdOf(/** @type {TraceEvent} */ e) {
  const id = e.args?.chrome_extension_id?.extension_id;
  return typeof id === 'string' ? id : null;
}

/** The script URL an event names, if any. */
function scriptUrlOf(/** @type {TraceEvent} */ e) {
  const url = e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.stackTrace?.[0]?.url;
  return typeof url === 'string' ? url : '';
}

const end = (/** @type {TraceEvent} */ e) => e.ts + (e.dur ?? 0);

/** Total length of a set of intervals, overlaps counted once (trace events nest). */
export function unionLength(/** @type {Interval[]} */ intervals) {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  let total = 0;
  let current = /** @type {Interval | null} */ (null);
  for (const i of sorted) {
    if (current !== null && i.start <= current.end) {
      current.end = Math.max(current.end, i.end);
      continue;
    }
    if (current !== null) total += current.end - current.start;
    current = { ...i };
  }
  if (current !== null) total += current.end - current.start;
  return total;
}

/**
 * Thread (CPU) time of a set of nested intervals: the sum over the outermost ones. Unlike wall time it does not
 * grow when other processes compete for the CPU, so it is the steadier figure on a shared machine.
 */
export function outermostCpu(/** @type {TimedInterval[]} */ intervals) {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || b.end - a.end);
  let total = 0;
  let reach = -Infinity;
  for (const i of sorted) {
    if (i.end <= reach) continue;
    total += i.cpu;
    reach = i.end;
  }
  return total;
}

/**
 * Splits a trace into the main-thread events of each page. A page is found by the `CommitLoad` of its main frame
 * (its URL, on its renderer's main thread); its events are those on that thread from the commit until the next
 * commit there. Pages are loaded one after another, so nothing else shares the window.
 * @param {TraceEvent[]} events
 * @param {string[]} urls
 * @returns {Map<string, { thread: string, events: TraceEvent[] }>}
 */
export function splitByPage(events, urls) {
  const wanted = new Set(urls);
  /** @type {Map<string, TraceEvent[]>} */
  const commitsByThread = new Map();
  for (const e of events) {
    // Plugin placeholders (<embed>, <object>) commit as main frames of inner pages with data: URLs: not a navigation.
    if (e.name !== 'CommitLoad' || e.args?.data?.isMainFrame !== true || !/^https?:/.test(String(e.args?.data?.url))) continue;
    const thread = `${e.pid}:${e.tid}`;
    commitsByThread.set(thread, [...(commitsByThread.get(thread) ?? []), e]);
  }
  /** @type {Map<string, TraceEvent[]>} */
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X') continue;
    const thread = `${e.pid}:${e.tid}`;
    if (!commitsByThread.has(thread)) continue;
    byThread.get(thread)?.push(e) ?? byThread.set(thread, [e]);
  }
  /** @type {Map<string, { thread: string, events: TraceEvent[] }>} */
  const pages = new Map();
  for (const [thread, commits] of commitsByThread) {
    commits.sort((a, b) => a.ts - b.ts);
    const threadEvents = byThread.get(thread) ?? [];
    commits.forEach((commit, index) => {
      const url = String(commit.args?.data?.url ?? '');
      if (!wanted.has(url) || pages.has(url)) return;
      const until = commits[index + 1]?.ts ?? Infinity;
      pages.set(url, { thread, events: threadEvents.filter((e) => e.ts >= commit.ts && e.ts < until) });
    });
  }
  return pages;
}

/**
 * The extension costs on one page's main thread.
 * @param {TraceEvent[]} events the page's main-thread events (from splitByPage)
 * @param {ExtensionRef[]} extensions
 * @param {{ messagingExtension: string }} options which extension key owns `extensions.mojom.MessagePort` traffic
 *   (only one extension in the benchmark sends messages, and the trace does not name the owner of a port)
 * @returns {Omit<PageCost, 'found' | 'thread'>}
 */
export function attributePage(events, extensions, options) {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const byId = new Map(extensions.map((x) => [x.id, x.key]));
  /** World ids and names seen on v8.run/compile events with an extension URL: they name the module's world later. */
  /** @type {Map<string, string>} */
  const worlds = new Map();
  /** @returns {string | null} */
  const keyOfUrl = (/** @type {string} */ url) => {
    const m = /^chrome-extension:\/\/([^/]+)\//.exec(url);
    if (m === null) return null;
    const host = m[1] ?? '';
    // A web-accessible resource with use_dynamic_url is served from a per-session GUID host, not the id.
    return byId.get(host) ?? (/^[0-9a-f]{8}-/.test(host) ? options.messagingExtension : null);
  };
  for (const e of sorted) {
    const key = keyOfUrl(scriptUrlOf(e));
    if (key === null) continue;
    if (e.args?.worldName !== undefined) worlds.set(`name:${e.args.worldName}`, key);
    if (e.args?.worldId !== undefined) worlds.set(`id:${e.args.worldId}`, key);
  }
  /** @returns {string | null} the extension key an event belongs to directly */
  const directKey = (/** @type {TraceEvent} */ e) => {
    if (SCRIPT_EVENTS.has(e.name)) {
      const byUrl = keyOfUrl(scriptUrlOf(e));
      if (byUrl !== null) return byUrl;
      if (e.args?.worldId !== undefined) return worlds.get(`id:${e.args.worldId}`) ?? null;
      if (e.args?.worldName !== undefined) return worlds.get(`name:${e.args.worldName}`) ?? null;
      return null;
    }
    const id = extensionIdOf(e);
    if (id !== null && e.name !== INJECT) return byId.get(id) ?? null;
    return null;
  };
  // The page's own scripts (blocked by the benchmark's CSP, but a saved trace may have them). Script events without
  // a URL are the benchmark's instrumentation (the mutation recorder, Playwright's evaluations).
  const isPageScript = (/** @type {TraceEvent} */ e) =>
    (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && /^https?:/.test(scriptUrlOf(e));
  const isInstrumentation = (/** @type {TraceEvent} */ e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && scriptUrlOf(e) === '';

  // Outermost tasks; events outside any task stand alone.
  /** @type {Array<{ root: TraceEvent, events: TraceEvent[] }>} */
  const tasks = [];
  let open = /** @type {{ root: TraceEvent, events: TraceEvent[] } | null} */ (null);
  for (const e of sorted) {
    if (open !== null && e.ts < end(open.root)) {
      open.events.push(e);
      continue;
    }
    open = { root: e, events: [e] };
    tasks.push(open);
  }

  /** @type {Record<string, ExtensionCost>} */
  const byExtension = {};
  for (const x of extensions) {
    byExtension[x.key] = { timeUs: 0, longestTaskUs: 0, cpuUs: 0, longestTaskCpuUs: 0, tasks: 0, injectUs: 0, injectCpuUs: 0, forcedLayouts: 0, forcedLayoutUs: 0, scriptUrls: [], taskSpans: [], longestTask: null };
  }
  /** @type {Record<string, boolean>} */
  let unattributedMicrotaskUs = 0;
  let pageScriptEvents = 0;
  /** Microtasks before any extension ran are the page's or the browser's. */
  let seenExtension = false;

  for (const task of tasks) {
    /** @type {Map<string, TimedInterval[]>} */
    const intervals = new Map();
    const add = (/** @type {string} */ key, /** @type {TraceEvent} */ e) => {
      const list = intervals.get(key) ?? [];
      list.push({ start: e.ts, end: end(e), cpu: /** @type {any} */ (e).tdur ?? e.dur ?? 0 });
      intervals.set(key, list);
    };
    let pageScript = false;
    for (const e of task.events) {
      if (e.name === INJECT) {
        const key = byId.get(extensionIdOf(e) ?? '');
        if (key !== undefined) {
          const cost = /** @type {ExtensionCost} */ (byExtension[key]);
          cost.injectUs += e.dur ?? 0;
          cost.injectCpuUs += /** @type {any} */ (e).tdur ?? e.dur ?? 0;
        }
        continue;
      }
      if (isPageScript(e)) pageScript = true;
      const key = directKey(e);
      if (key === null) continue;
      add(key, e);
      const cost = /** @type {ExtensionCost} */ (byExtension[key]);
      const url = scriptUrlOf(e);
      if (url !== '' && !cost.scriptUrls.includes(url.replace(/^chrome-extension:\/\/[^/]+\//, ''))) {
        cost.scriptUrls.push(url.replace(/^chrome-extension:\/\/[^/]+\//, ''));
      }
    }
    if (pageScript) pageScriptEvents++;
    const deliversOwnMessage = task.events.some(
      (e) => e.name === 'Receive mojo message' && EXTENSION_PORT.test(mojoTag(e)),
    );
    if (deliversOwnMessage) add(options.messagingExtension, task.root);
    const owners = [...intervals.keys()];
    if (owners.length > 0) seenExtension = true;
    for (const e of task.events) {
      if (e.name !== MICROTASKS) continue;
      // Promise continuations: the extension's when its script (or its message) started this task and no page
      // script ran in it; otherwise nobody can tell, and they are counted apart.
      if (owners.length === 1 && !pageScript) add(/** @type {string} */ (owners[0]), e);
      else if (seenExtension && (owners.length === 0 || pageScript)) {
        const inside = task.events.filter((m) => m.ts >= e.ts && end(m) <= end(e));
        if (!inside.some(isInstrumentation)) unattributedMicrotaskUs += e.dur ?? 0;
      }
    }
    for (const [key, list] of intervals) {
      const cost = /** @type {ExtensionCost} */ (byExtension[key]);
      const clipped = list.map((i) => ({ start: Math.max(i.start, task.root.ts), end: Math.min(i.end, end(task.root)) }));
      const time = unionLength(clipped);
      const cpu = outermostCpu(list);
      cost.timeUs += time;
      cost.cpuUs += cpu;
      cost.tasks += 1;
      cost.longestTaskCpuUs = Math.max(cost.longestTaskCpuUs, cpu);
      if (time > cost.longestTaskUs) {
        cost.longestTaskUs = time;
        cost.longestTask = { start: task.root.ts, end: end(task.root) };
      }
      cost.taskSpans.push(...clipped);
      for (const e of task.events) {
        if (!FORCED_LAYOUT.has(e.name)) continue;
        if (clipped.some((i) => e.ts >= i.start && end(e) <= i.end)) {
          cost.forcedLayouts += 1;
          cost.forcedLayoutUs += e.dur ?? 0;
        }
      }
    }
  }
  return { byExtension, unattributedMicrotaskUs, pageScriptEvents };
}
