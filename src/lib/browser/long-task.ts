/**
 * A long task a page runs for the user (build an Excel file, read files, import, export) always ends:
 * with its value, or with a message in Chinese that says what failed and what the user can do. An
 * exception, a rejected promise, or a refusal by the site's Content-Security-Policy while the task
 * runs (which would otherwise leave a promise unsettled: issue 16) all become that message.
 */

export type LongTaskOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

export interface LongTaskOptions {
  /** What failed, as the message's first words: "生成失败", "读取失败" … */
  failure: string;
  /** What the user can do next: "可以重试，或下载 CSV。" */
  advice: string;
  /** Where the browser reports CSP refusals (default: the page's document, when there is one). */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

/** The details of a `securitypolicyviolation` event this module reads. */
type Violation = Event & { violatedDirective?: string; effectiveDirective?: string; blockedURI?: string };

/** "生成失败：<detail>。<advice>" (no doubled 。). */
export function failureMessage(failure: string, cause: unknown, advice: string): string {
  const detail = (cause instanceof Error ? cause.message : String(cause)).trim().replace(/[。.]$/, '');
  return `${failure}：${detail || '原因不明'}。${advice}`;
}

/** Describes a CSP refusal in words a user can pass on. */
export function violationText(event: Violation): string {
  const directive = event.effectiveDirective || event.violatedDirective || '未知规则';
  const blocked = event.blockedURI ? `（${event.blockedURI.split(':')[0]}）` : '';
  return `浏览器的安全策略拒绝了这一步（${directive}${blocked}）`;
}

/** Runs `task` and says how it ended (see the module note). */
export async function runLongTask<T>(
  task: () => Promise<T>,
  { failure, advice, events = typeof document === 'undefined' ? undefined : document }: LongTaskOptions,
): Promise<LongTaskOutcome<T>> {
  let onViolation: ((event: Event) => void) | undefined;
  const refused = new Promise<never>((_, reject) => {
    onViolation = (event) => reject(new Error(violationText(event as Violation)));
    events?.addEventListener('securitypolicyviolation', onViolation);
  });
  try {
    return { ok: true, value: await Promise.race([task(), refused]) };
  } catch (e) {
    return { ok: false, message: failureMessage(failure, e, advice) };
  } finally {
    if (onViolation) events?.removeEventListener('securitypolicyviolation', onViolation);
  }
}
