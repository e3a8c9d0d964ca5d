import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, seedFiles, test } from './fixtures';
import { LibraryPage } from './page-models/library-page';

/** The seed's title line as the gold annotations give it, checked against the file so the test stays honest. */
function seed(prefix: string): string {
  const file = seedFiles().find((path) => basename(path).startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing from ../shared/corpus/seeds`);
  return file;
}

test.describe('import the seed articles', () => {
  test('five seed files through the file chooser become five articles with their titles and dates', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await expect(library.emptyHeading()).toBeVisible();

    const results = await library.importFiles(seedFiles());
    await expect(results).toContainText('5 articles imported');
    await expect(library.count()).toHaveText('5 articles');

    // 002 opens with a section label; its headline is the second line.
    const hanoi = 'Hanoi seeks stronger cooperation with Japanese localities, partners';
    const reader = await library.openArticle(hanoi);
    await expect(reader.title()).toHaveText(hanoi);
    await expect(reader.root).toContainText('18 Oct 2024');

    // 004 has a headline but no date marker: no date is invented.
    const binhDuong = 'Binh Duong hosts Meet Japan 2023 programme';
    await library.openArticle(binhDuong);
    await expect(reader.title()).toHaveText(binhDuong);
    await expect(library.row(binhDuong)).not.toContainText(/\d{4}$/);

    // The others carry their `date` markers.
    for (const [prefix, shown] of [
      ['000', '4 Dec 2025'],
      ['001', '15 Dec 2023'],
      ['003', '21 Oct 2025'],
    ]) {
      const marker = readFileSync(seed(prefix), 'utf8').match(/^\s*date (\d{4}-\d{2}-\d{2})/)?.[1];
      expect(marker, `seed ${prefix} has a date marker`).toBeTruthy();
      await expect(library.rows().filter({ hasText: shown })).toHaveCount(1);
    }
  });

  test('Vietnamese-aware search: "Chinh" finds Phạm Minh Chính, "ha noi" finds HÀ NỘI', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.importFiles(seedFiles());
    await library.dismissResults();

    await library.search('Chinh');
    // Seeds 000 ("Pham Minh Chinh") and 001 ("Phạm Minh Chính", dated 15 Dec 2023) mention him; no other does.
    await expect(library.rows()).toHaveCount(2);
    await library.rows().filter({ hasText: '15 Dec 2023' }).click();
    await expect(library.reader.body()).toContainText('Phạm Minh Chính');

    await library.search('ha noi');
    const hit = library.rows().filter({ hasText: '15 Dec 2023' });
    await expect(hit).toHaveCount(1);
    await hit.click();
    await expect(library.reader.body()).toContainText('HÀ NỘI');
    // Articles that never mention the place are not listed (004 is about Binh Duong only).
    await expect(library.row('Binh Duong hosts Meet Japan 2023 programme')).toHaveCount(0);

    await library.search('Zanzibar');
    await expect(library.rows()).toHaveCount(0);
  });

  test('a starred article is still there and still starred after a reload', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.importFiles([seed('004')]);
    await library.dismissResults();
    const title = 'Binh Duong hosts Meet Japan 2023 programme';
    const reader = await library.openArticle(title);
    await reader.star();

    await page.reload();
    await library.goto();
    await expect(library.count()).toHaveText('1 article');
    await library.openArticle(title);
    expect(await reader.isStarred()).toBe(true);
    await library.show('Starred');
    await expect(library.rows()).toHaveCount(1);
  });
});

test.describe('bad input', () => {
  test('binary, empty and invalid UTF-8 files are refused one by one; the good file is imported', async ({
    page,
    badFiles,
  }) => {
    const library = new LibraryPage(page);
    await library.goto();
    const results = await library.importFiles([
      badFiles.binary,
      seed('004'),
      badFiles.empty,
      badFiles.invalidUtf8,
    ]);

    await expect(results).toContainText('1 article imported');
    await expect(results).toContainText(/photo\.png[^\n]*(binary|image)/i);
    await expect(results).toContainText(/empty\.txt[^\n]*empty/i);
    await expect(results).toContainText(/latin1\.txt[^\n]*UTF-8/i);
    await expect(library.count()).toHaveText('1 article');
    await expect(library.rows()).toHaveText([/Binh Duong hosts Meet Japan 2023 programme/]);
  });

  test('importing the same file twice keeps one article and says it is a duplicate', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.importFiles([seed('002')]);
    await library.dismissResults();
    const results = await library.importFiles([seed('002')]);

    await expect(results).toContainText(/duplicate|already in the library/i);
    await expect(results).toContainText(
      'Hanoi seeks stronger cooperation with Japanese localities, partners',
    );
    await expect(library.count()).toHaveText('1 article');
  });
});
