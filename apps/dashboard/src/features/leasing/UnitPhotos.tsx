import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { Box, ButtonBase, CircularProgress, Dialog, DialogActions, DialogContent, Button as MuiButton, Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { ActionDialogButton } from '../../common/ActionDialog';
import { FileUploader } from '../../common/FileUploader';
import { deleteUnitPhoto, fetchWithToken, unitPhotoPath, uploadUnitPhoto } from '../../common/files';
import { OfferedAction, offeredAction, type AvailableAction } from '../../common/OfferedAction';
import { EmptyBox } from '../../common/states';
import { Section, useReload } from './parts';

/** An image only the signed-in working group may read: fetched with the bearer token, shown from a blob URL. */
function useTokenImage(path: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let made: string | null = null;
    fetchWithToken(path)
      .then((blob) => {
        if (!live) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      })
      .catch(() => live && setUrl(null));
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [path]);
  return url;
}

const Thumbnail = ({
  unitId,
  name,
  alt,
  openLabel,
  onOpen,
}: {
  unitId: string;
  name: string;
  alt: string;
  openLabel: string;
  onOpen: (url: string) => void;
}) => {
  const url = useTokenImage(unitPhotoPath(unitId, name));
  return (
    <ButtonBase
      aria-label={openLabel}
      disabled={!url}
      onClick={() => url && onOpen(url)}
      sx={{ width: 160, height: 120, borderRadius: 1, overflow: 'hidden', bgcolor: 'action.hover' }}
    >
      {url ? <img src={url} alt={alt} style={{ width: '100%', height: '100%', objectFit: 'cover' }} /> : <CircularProgress size={20} />}
    </ButtonBase>
  );
};

/**
 * 房屋照片: thumbnails that open the full image; 添加照片 (the platform's file picker, the server checks type and size)
 * and 删除照片 each as the server offers them (`ADD_PHOTO`, `REMOVE_PHOTO` in the unit's availableActions).
 */
export const UnitPhotos = ({ unit }: { unit: { id: string; label: string; photos: readonly string[]; availableActions: readonly AvailableAction[] } }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const reload = useReload();
  const [open, setOpen] = useState<{ url: string; alt: string } | null>(null);
  const canRemove = offeredAction(unit.availableActions, 'REMOVE_PHOTO')?.available === true;
  return (
    <Section
      title="app.leasing.units.photos"
      actions={
        <OfferedAction actions={unit.availableActions} action="ADD_PHOTO" label="app.leasing.units.addPhoto">
          <FileUploader
            upload={(file) => uploadUnitPhoto(unit.id, file)}
            onUploaded={async (added) => {
              if (added.length > 0) notify('app.leasing.units.photosAdded', { type: 'success', messageArgs: { smart_count: added.length } });
              await reload();
            }}
            label="app.leasing.units.addPhoto"
            hint="app.leasing.units.photoHint"
            accept=".jpg,.jpeg,.png,image/jpeg,image/png"
          />
        </OfferedAction>
      }
    >
      {unit.photos.length === 0 ? (
        <EmptyBox message="app.leasing.units.noPhotos" />
      ) : (
        <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
          {unit.photos.map((name, i) => {
            const n = { unit: unit.label, n: i + 1 };
            return (
              <Stack key={name} spacing={0.5} alignItems="flex-start" data-photo={name}>
                <Thumbnail
                  unitId={unit.id}
                  name={name}
                  alt={translate('app.leasing.units.photoAlt', n)}
                  openLabel={translate('app.leasing.units.openPhoto', n)}
                  onOpen={(url) => setOpen({ url, alt: translate('app.leasing.units.photoAlt', n) })}
                />
                {canRemove && (
                  <ActionDialogButton
                    label="app.leasing.units.removePhoto"
                    title="app.leasing.units.removePhotoTitle"
                    icon={<DeleteIcon />}
                    color="error"
                    fields={[]}
                    onSubmit={async () => {
                      await deleteUnitPhoto(unit.id, name);
                      notify('app.leasing.units.photoRemoved', { type: 'success' });
                      await reload();
                    }}
                  />
                )}
              </Stack>
            );
          })}
        </Stack>
      )}
      <Dialog open={open !== null} onClose={() => setOpen(null)} maxWidth="lg">
        <DialogContent>
          {open && <Box component="img" src={open.url} alt={open.alt} sx={{ display: 'block', maxWidth: '100%', maxHeight: '80vh' }} />}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(null)}>{translate('app.leasing.units.close')}</MuiButton>
        </DialogActions>
      </Dialog>
    </Section>
  );
};
