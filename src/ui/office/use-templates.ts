import { useEffect, useState } from 'preact/hooks';
import { appDb } from '../../storage/app-db';
import { listTemplates } from '../../storage/office/office-log';
import type { TemplateRow } from '../../storage/rows';

/** The office's templates, and a reload after a change. */
export function useTemplates(officeId: string): { templates: TemplateRow[] | undefined; reload(): Promise<void> } {
  const [templates, setTemplates] = useState<TemplateRow[]>();
  const reload = async () => setTemplates(await listTemplates(appDb(), officeId));
  useEffect(() => void reload(), [officeId]);
  return { templates, reload };
}
