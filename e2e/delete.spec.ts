import { basename } from 'node:path';
import { expect, seedFiles, test } from './fixtures';
import { LibraryPage } from './page-models/library-page';

const HANOI = 'Hanoi seeks stronger cooperation with Japanese localities, partners';
const BINH_DUONG = 'Binh Duong hosts Meet Japan 2023 programme';

function seeds(...prefixes: string[]): string[] {
  return seedFiles().filter((path) => prefixes.some((prefix) => basename(path).startsWith(prefix)));
}

test('an article deleted from the reader leaves the list and search, for good; the other stays', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await expect(await library.importFiles(seeds('002', '004'))).toContainText('2 articles imported');
  await library.dismissResults();

  const reader = await library.openArticle(BINH_DUONG);
  const dialog = await reader.askToDelete();
  await expect(dialog).toHaveAccessibleName(`Delete “${BINH_DUONG}”?`);
  // The seed's investment figures go with it, and the confirmation says how many.
  await expect(dialog).toContainText(/Its \d+ figures? goes? with it\./);
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();

  await expect(page.getByRole('region', { name: 'Deletion' })).toContainText(`Deleted “${BINH_DUONG}”.`);
  await expect(library.count()).toHaveText('1 article');
  await expect(library.row(BINH_DUONG)).toHaveCount(0);
  // The selection moves on to the article that is left.
  await expect(reader.title()).toHaveText(HANOI);
  await library.search('binh duong');
  await expect(page.getByText('Nothing matches “binh duong”.')).toBeVisible();
  await library.search('japan');
  await expect(library.rows()).toHaveCount(1);
  await expect(library.row(HANOI)).toHaveCount(1);

  await page.reload();
  await library.goto();
  await expect(library.count()).toHaveText('1 article');
  await expect(library.row(HANOI)).toHaveCount(1);
  await library.search('binh duong');
  await expect(page.getByText('Nothing matches “binh duong”.')).toBeVisible();
});

test('Undo in the status bar puts a deleted article back, searchable again', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.importFiles(seeds('002', '004'));
  await library.dismissResults();
  const reader = await library.openArticle(HANOI);
  await (await reader.askToDelete()).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(library.count()).toHaveText('1 article');

  await page.getByRole('region', { name: 'Deletion' }).getByRole('button', { name: 'Undo' }).click();
  await expect(library.count()).toHaveText('2 articles');
  await expect(reader.title()).toHaveText(HANOI);
  await library.search('hanoi');
  await expect(library.row(HANOI)).toHaveCount(1);
});

test('Delete in the focused list asks about every selected article', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.importFiles(seeds('000', '002', '004'));
  await library.dismissResults();
  await library.row(HANOI).click();
  await library.row(BINH_DUONG).click({ modifiers: ['Control'] });
  await page.keyboard.press('Delete');

  const dialog = page.getByRole('dialog', { name: 'Delete 2 articles?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(library.count()).toHaveText('3 articles');

  await page.keyboard.press('Backspace');
  await page
    .getByRole('dialog', { name: 'Delete 2 articles?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(library.count()).toHaveText('1 article');
  await expect(library.rows()).toHaveCount(1);
});
