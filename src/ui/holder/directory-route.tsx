import { useI18n } from '../i18n';
import { useStore } from '../kit/store';
import { directoryFilter } from './directory-data';
import { DirectoryScreen } from './directory-screen';
import { useDirectory } from './use-directory';

/** Container for `#/holder/directory`; needs no pass, so it works before a pass exists. */
export default function DirectoryRoute() {
  const { t, lang } = useI18n();
  const state = useDirectory();
  const filter = useStore(directoryFilter);
  return (
    <DirectoryScreen
      t={t}
      lang={lang}
      state={state}
      query={filter.query}
      category={filter.category}
      place={filter.place}
      onQuery={(query) => directoryFilter.set({ ...directoryFilter.get(), query })}
      onCategory={(category) => directoryFilter.set({ ...directoryFilter.get(), category })}
      onPlace={(place) => directoryFilter.set({ ...directoryFilter.get(), place })}
    />
  );
}
