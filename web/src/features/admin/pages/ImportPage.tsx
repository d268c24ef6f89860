import { BodyLong, BodyShort, Button, FileUpload, Radio, RadioGroup, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { PageHeading } from '../../../shared/components/PageHeading';
import { newEntryTexts } from '../../directory-admin/texts';
import { useDirectoryImport } from '../api';
import { CsvColumns } from '../components/CsvColumns';
import { ImportResult } from '../components/ImportResult';
import { importTexts } from '../texts';
import { IMPORT_KINDS, type ImportKind } from '../types';

/** `/admin/import`: CSV import of organisations or people into the directory (admin only). */
export function ImportPage() {
  const t = useTexts(importTexts);
  const newEntry = useTexts(newEntryTexts);
  const [kind, setKind] = useState<ImportKind>('organisations');
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const importCsv = useDirectoryImport();

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setCsv(await file.text());
    setMissing(false);
    importCsv.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!csv.trim()) {
      setMissing(true);
      return;
    }
    importCsv.mutate({ kind, csv });
  };

  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
        <BodyLong>
          {newEntry.singleEntriesIntro} <AppLink to="/admin/katalog/ny-organisasjon">{newEntry.newOrganisation}</AppLink>
          {' · '}
          <AppLink to="/admin/katalog/ny-person">{newEntry.newPerson}</AppLink>
        </BodyLong>
      </VStack>
      <form onSubmit={submit}>
        <VStack gap="space-24" maxWidth="48rem">
          <RadioGroup
            legend={t.kindLegend}
            value={kind}
            onChange={(value: ImportKind) => {
              setKind(value);
              importCsv.reset();
            }}
          >
            {IMPORT_KINDS.map((value) => (
              <Radio key={value} value={value}>
                {t[value]}
              </Radio>
            ))}
          </RadioGroup>
          <CsvColumns kind={kind} />
          <VStack gap="space-8">
            <FileUpload.Dropzone
              label={t.fileLabel}
              accept=".csv,text/csv"
              multiple={false}
              onSelect={(files) => void chooseFile(files.find((item) => !item.error)?.file)}
            />
            {fileName && <BodyShort>{t.fileChosen(fileName)}</BodyShort>}
          </VStack>
          <Textarea
            label={t.textLabel}
            description={t.textDescription}
            value={csv}
            onChange={(event) => {
              setCsv(event.target.value);
              setMissing(false);
            }}
            minRows={6}
            maxRows={16}
            error={missing ? t.empty : undefined}
            spellCheck={false}
          />
          <div>
            <Button type="submit" loading={importCsv.isPending}>
              {t.submit}
            </Button>
          </div>
          <ImportResult data={importCsv.data} error={importCsv.error} />
        </VStack>
      </form>
    </VStack>
  );
}
