import { PAGE_SIZE, pageCount } from '../../lib/table/paging';

/** Page controls for long tables; nothing for tables that fit on one page. */
export function Pager({
  total,
  page,
  onPage,
}: {
  total: number;
  page: number;
  onPage: (page: number) => void;
}) {
  const pages = pageCount(total);
  if (pages <= 1) return null;
  const first = page * PAGE_SIZE + 1;
  const last = Math.min(total, (page + 1) * PAGE_SIZE);
  return (
    <nav class="annex-pager" aria-label="表格分页">
      <button type="button" onClick={() => onPage(0)} disabled={page === 0}>
        首页
      </button>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
        上一页
      </button>
      <span aria-live="polite">
        第 {first}–{last} 行，共 {total} 行（第 {page + 1}/{pages} 页）
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages - 1}>
        下一页
      </button>
      <button type="button" onClick={() => onPage(pages - 1)} disabled={page >= pages - 1}>
        末页
      </button>
    </nav>
  );
}
