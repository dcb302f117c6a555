import { useEffect, useState } from 'preact/hooks';
import type { TemplateRow } from '../../storage/office/office-api';
import { officeApi } from './office-storage';

/** The office's templates, and a reload after a change. */
export function useTemplates(officeId: string): { templates: TemplateRow[] | undefined; reload(): Promise<void> } {
  const [templates, setTemplates] = useState<TemplateRow[]>();
  const reload = async () => setTemplates(await (await officeApi()).listTemplates(officeId));
  useEffect(() => void reload(), [officeId]);
  return { templates, reload };
}
