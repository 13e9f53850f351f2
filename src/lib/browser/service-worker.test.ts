import { describe, expect, it } from 'vitest';
import {
  SERVICE_WORKER_URL,
  UPDATE_CHECK_INTERVAL_MS,
  startOfflineSupport,
  updateCheckDue,
  type OfflineView,
  type ServiceWorkerContainerLike,
  type WorkboxLike,
} from './service-worker';

/** A stand-in for workbox-window and navigator.serviceWorker that the test drives by hand. */
function fakeBrowser({ controlled = false, registerFails = false } = {}) {
  const listeners: Record<string, ((e: { isUpdate?: boolean }) => void)[]> = {};
  const events: string[] = [];
  let controllerChange: (() => void) | undefined;
  let time = 1_000;
  const wb: WorkboxLike = {
    addEventListener: (type, l) => void (listeners[type] ??= []).push(l),
    register: async () => {
      events.push('register');
      if (registerFails) throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    messageSkipWaiting: () => void events.push('skip-waiting'),
    update: async () => void events.push('update'),
  };
  const container: ServiceWorkerContainerLike = {
    controller: controlled ? {} : null,
    addEventListener: (_type, l) => void (controllerChange = l),
  };
  let accept: (() => void) | undefined;
  const view: OfflineView = {
    offlineReady: () => void events.push('offline-ready'),
    updateReady: (a) => {
      accept = a;
      events.push('update-ready');
    },
    updatedElsewhere: () => void events.push('updated-elsewhere'),
  };
  return {
    events,
    options: {
      container,
      createWorkbox: (url: string) => {
        events.push(`workbox ${url}`);
        return wb;
      },
      view,
      reload: () => void events.push('reload'),
      now: () => time,
    },
    fire: (type: string, e: { isUpdate?: boolean } = {}) => listeners[type]?.forEach((l) => l(e)),
    controllerChanges: () => controllerChange?.(),
    accept: () => accept?.(),
    advance: (ms: number) => void (time += ms),
  };
}

describe('startOfflineSupport', () => {
  it('does nothing and shows nothing where service workers are missing (iOS WeChat)', async () => {
    const b = fakeBrowser();
    expect(await startOfflineSupport({ ...b.options, container: undefined })).toBeUndefined();
    expect(b.events).toEqual([]);
  });

  it('says nothing when registration fails (storage blocked in a private window)', async () => {
    const b = fakeBrowser({ registerFails: true });
    expect(await startOfflineSupport(b.options)).toBeUndefined();
    expect(b.events).toEqual([`workbox ${SERVICE_WORKER_URL}`, 'register']);
  });

  it('first visit: the worker takes control without a reload, then the page says it works offline', async () => {
    const b = fakeBrowser();
    await startOfflineSupport(b.options);
    b.controllerChanges(); // clientsClaim
    b.fire('activated', { isUpdate: false });
    expect(b.events).toEqual([`workbox ${SERVICE_WORKER_URL}`, 'register', 'offline-ready']);
  });

  it('a later visit already controlled says it works offline at once', async () => {
    const b = fakeBrowser({ controlled: true });
    await startOfflineSupport(b.options);
    expect(b.events.at(-1)).toBe('offline-ready');
  });

  it('a new version waits; it takes over and the page reloads only after the reader accepts', async () => {
    const b = fakeBrowser({ controlled: true });
    await startOfflineSupport(b.options);
    b.fire('waiting');
    expect(b.events.slice(-1)).toEqual(['update-ready']);
    expect(b.events).not.toContain('skip-waiting');
    expect(b.events).not.toContain('reload');

    b.accept();
    expect(b.events.at(-1)).toBe('skip-waiting');
    expect(b.events).not.toContain('reload');
    b.controllerChanges(); // the new worker now controls the page
    expect(b.events.at(-1)).toBe('reload');
  });

  it('another tab accepted the update: this one is asked, not reloaded', async () => {
    const b = fakeBrowser({ controlled: true });
    await startOfflineSupport(b.options);
    b.fire('waiting');
    b.controllerChanges();
    expect(b.events.at(-1)).toBe('updated-elsewhere');
    expect(b.events).not.toContain('reload');
  });

  it('an activated update is not announced as “offline ready” again', async () => {
    const b = fakeBrowser({ controlled: true });
    await startOfflineSupport(b.options);
    b.fire('activated', { isUpdate: true });
    expect(b.events.filter((e) => e === 'offline-ready')).toHaveLength(1);
  });

  it('a page left open asks for a newer version at most once an hour', async () => {
    const b = fakeBrowser({ controlled: true });
    const support = (await startOfflineSupport(b.options))!;
    await support.checkForUpdate();
    expect(b.events).not.toContain('update');
    b.advance(UPDATE_CHECK_INTERVAL_MS);
    await support.checkForUpdate();
    await support.checkForUpdate();
    expect(b.events.filter((e) => e === 'update')).toHaveLength(1);
  });
});

describe('updateCheckDue', () => {
  it('is due after an hour', () => {
    expect(updateCheckDue(0, UPDATE_CHECK_INTERVAL_MS - 1)).toBe(false);
    expect(updateCheckDue(0, UPDATE_CHECK_INTERVAL_MS)).toBe(true);
  });
});
