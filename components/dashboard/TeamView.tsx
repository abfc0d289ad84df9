import { useEffect, useState } from 'preact/hooks';
import { localReviewer, setLocalReviewer, type ReviewData } from '../../lib/db';
import { reviewerLabel, type Reviewer } from '../../lib/model';
import type { SyncStatus } from '../../lib/sync/engine';
import { serverAddressProblem, ServerConfigSchema, type ServerConfig } from '../../lib/sync/server';
import { formatDateTime, t, tCount } from '../../lib/i18n';
import type { TeamEnv } from './team-env';
import { ShareView } from './ShareView';

/**
 * Settings → Team: who screens in this browser, the team's CouchDB server, and sharing
 * decisions by file for teams without a server.
 */
export function TeamView({ data, env, onChanged }: { data: ReviewData; env: TeamEnv; onChanged: () => Promise<void> }) {
  return (
    <section class="team">
      <h2>{t('teamHeading')}</h2>
      <IdentityForm data={data} onChanged={onChanged} />
      <ServerForm reviewId={data.review.id} env={env} />
      <ShareView data={data} onChanged={onChanged} />
    </section>
  );
}

function IdentityForm({ data, onChanged }: { data: ReviewData; onChanged: () => Promise<void> }) {
  const [me, setMe] = useState<Reviewer | null>(null);
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    void localReviewer().then((r) => {
      setMe(r);
      setName(r.name);
    });
  }, []);
  if (!me) return null;
  const others = [...data.reviewers.entries()].filter(([id]) => id !== me.id);
  const save = async (next: Reviewer) => {
    setMe(await setLocalReviewer(next));
    setName(next.name);
    setSaved(t('statusSaved'));
    await onChanged();
  };
  return (
    <form
      class="identity"
      onSubmit={(e) => {
        e.preventDefault();
        void save({ ...me, name: name.trim() });
      }}
    >
      <h3>{t('teamYou')}</h3>
      <div class="row">
        <label class="field">
          <span>{t('teamName')}</span>
          <input value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">{t('save')}</button>
        <span role="status">{saved}</span>
      </div>
      <p class="muted">{t('teamIdentityId', me.id.slice(0, 8))}</p>
      {others.length > 0 && (
        <label class="field">
          <span>{t('teamSameReviewer')}</span>
          <select
            value=""
            onChange={(e) => {
              const id = (e.target as HTMLSelectElement).value;
              if (id) void save({ id, name: data.reviewers.get(id) ?? '' });
            }}
          >
            <option value="">{t('reasonChoose')}</option>
            {others.map(([id, n]) => (
              <option value={id} key={id}>
                {reviewerLabel({ id, name: n })}
              </option>
            ))}
          </select>
        </label>
      )}
    </form>
  );
}

/** The status line: synced / N waiting / offline / error, with the reason. */
export function statusLine(status: SyncStatus): string {
  switch (status.state) {
    case 'off':
      return t('syncOff');
    case 'connecting':
      return t('syncConnecting');
    case 'synced':
      return status.lastSync ? t('syncSynced', formatDateTime(status.lastSync)) : t('syncSyncedNow');
    case 'waiting':
      return tCount('syncWaiting', status.waiting);
    case 'offline':
      return t('syncOffline', status.message ?? '', status.waiting);
    case 'error':
      return t('syncError', status.message ?? '');
  }
}

type ServerFields = { url: string; database: string; username: string; password: string };

/** The sync status line, and the documents from the server that were skipped. */
function SyncState({ status }: { status: SyncStatus | null }) {
  if (!status) return null;
  return (
    <>
      <p class={`sync-status sync-${status.state}`} role="status">
        {statusLine(status)}
      </p>
      {status.invalid.length > 0 && (
        <details>
          <summary>{tCount('syncInvalid', status.invalid.length)}</summary>
          <ul>
            {status.invalid.map((i) => (
              <li key={i.id}>
                {i.id}: {i.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** The server form's state: what is typed, the connection and its status, checked before connecting. */
function useServer(reviewId: string, env: TeamEnv) {
  const [form, setForm] = useState<ServerFields>({ url: '', database: '', username: '', password: '' });
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [connected, setConnected] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void env.status(reviewId).then(({ status: s, config }) => {
      setStatus(s);
      setConnected(!!config);
      if (config) setForm({ ...config, password: '' });
    });
    return env.onStatus((id, s) => id === reviewId && setStatus(s));
  }, [reviewId]);
  const connect = async (event: Event) => {
    event.preventDefault();
    setError(null);
    const problem = serverAddressProblem(form.url.trim());
    const parsed = ServerConfigSchema.safeParse(form);
    if (problem || !parsed.success) return setError(problem ?? parsed.error!.issues[0].message);
    setBusy(true);
    try {
      if (!(await env.allowOrigin(parsed.data.url))) return setError(t('teamPermissionRefused', new URL(parsed.data.url).origin));
      const result = await env.connect(parsed.data as ServerConfig);
      setConnected(true);
      setForm({ ...form, password: '' });
      if (result.joined) setError(t('teamJoined'));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const disconnect = async () => {
    await env.disconnect(reviewId);
    setConnected(false);
  };
  return { form, setForm, status, connected, error, busy, connect, disconnect };
}

function ServerForm({ reviewId, env }: { reviewId: string; env: TeamEnv }) {
  const { form, setForm, status, connected, error, busy, connect, disconnect } = useServer(reviewId, env);
  const set = (field: keyof ServerFields) => (e: Event) => setForm({ ...form, [field]: (e.target as HTMLInputElement).value });
  return (
    <form class="server" onSubmit={connect}>
      <h3>{t('teamServer')}</h3>
      <p class="muted">{t('teamServerHint')}</p>
      <div class="row">
        <label class="field grow">
          <span>{t('teamUrl')}</span>
          <input type="url" value={form.url} placeholder={t('teamUrlExample')} onInput={set('url')} />
        </label>
        <label class="field">
          <span>{t('teamDatabase')}</span>
          <input value={form.database} onInput={set('database')} />
        </label>
      </div>
      <div class="row">
        <label class="field">
          <span>{t('teamUser')}</span>
          <input autoComplete="username" value={form.username} onInput={set('username')} />
        </label>
        <label class="field">
          <span>{t('teamPassword')}</span>
          <input type="password" autoComplete="current-password" value={form.password} onInput={set('password')} />
        </label>
        <button type="submit" class="primary" disabled={busy}>
          {connected ? t('teamReconnect') : t('teamConnect')}
        </button>
        {connected && (
          <button type="button" onClick={disconnect}>
            {t('teamDisconnect')}
          </button>
        )}
      </div>
      {error && (
        <p class="notice" role="alert">
          {error}
        </p>
      )}
      <SyncState status={status} />
    </form>
  );
}
