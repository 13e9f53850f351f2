import { photoStages, type PhotoRef, type PhotoStage } from '../../lib/browser/photos';

/** 整改前 / 整改后 photos of one hazard: thumbnails, add (camera or file), remove. */
export function PhotoField({
  itemId,
  photos,
  url,
  onAdd,
  onRemove,
  exportedWith = '导出自查文件',
}: {
  itemId: string;
  /** What carries the photos to another device: 导出自查文件, 导出台账文件 */
  exportedWith?: string;
  photos: readonly PhotoRef[];
  url: (id: string) => string | null;
  onAdd: (stage: PhotoStage, files: FileList | null) => void;
  onRemove: (id: string) => void;
}) {
  return (
    <div class="sc-photos">
      {photoStages.map((stage) => {
        const mine = photos.filter((p) => p.stage === stage);
        const inputId = `${itemId}-photo-${stage}`;
        return (
          <div class="sc-photo-stage" data-stage={stage}>
            <p class="sc-photo-head">
              <strong>{stage}照片</strong>
              <label class="sc-photo-add" for={inputId}>
                拍照或选择照片
              </label>
              <input
                id={inputId}
                type="file"
                accept="image/*"
                multiple
                class="visually-hidden"
                onChange={(e) => {
                  const input = e.currentTarget as HTMLInputElement;
                  onAdd(stage, input.files);
                  input.value = '';
                }}
              />
            </p>
            {mine.length > 0 && (
              <ul class="sc-thumbs">
                {mine.map((p, i) => {
                  const src = url(p.id);
                  return (
                    <li>
                      {src ? (
                        <img src={src} alt={`${stage}照片 ${i + 1}`} />
                      ) : (
                        <span class="sc-photo-missing">照片不在本浏览器中</span>
                      )}
                      <button
                        type="button"
                        onClick={() => onRemove(p.id)}
                        aria-label={`删除${stage}照片 ${i + 1}`}
                      >
                        删除
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        );
      })}
      <p class="sc-note">照片在本浏览器中缩小后保存，不会上传；{exportedWith}时一并导出。</p>
    </div>
  );
}
