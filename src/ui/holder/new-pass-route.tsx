import type { PassProfile } from '../../storage/holder/holder-api';
import { useI18n } from '../i18n';
import { href, navigate } from '../shell/router';
import { nowSeconds } from '../kit/now';
import { CreatePassForm } from './create-pass-form';
import { Loading, StorageFailed } from './pass-gate';
import { refreshPasses, usePassState } from './pass-state';

/** Container for `#/holder/new`: one more pass on this device (e.g. for a family member). */
export default function NewPassRoute() {
  const { t, lang } = useI18n();
  const state = usePassState();
  if (state.status === 'loading') return <Loading t={t} />;
  if (state.status === 'failed') return <StorageFailed t={t} />;
  const create = async (profile: PassProfile) => {
    const pass = await state.api.createPass(profile, nowSeconds());
    await refreshPasses(pass.id);
    navigate('holder');
  };
  return (
    <section class="screen" aria-labelledby="new-title">
      <a class="back-link" href={href(state.current ? 'holder/settings' : 'holder')}>
        {t('common.back')}
      </a>
      <h1 id="new-title">{t('holder.new.title')}</h1>
      <p class="lead">{t('holder.new.intro')}</p>
      <CreatePassForm t={t} lang={lang} onCreate={create} />
    </section>
  );
}
