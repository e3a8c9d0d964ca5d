import { basename } from 'node:path';
import { expect, seedFiles, test } from './fixtures';
import { LibraryPage } from './page-models/library-page';

function seed(prefix: string): string {
  const file = seedFiles().find((path) => basename(path).startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing from ../shared/corpus/seeds`);
  return file;
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

test.describe('analysis in the reader', () => {
  test('seed 003 shows its people, its figures with a consistency warning, and colours can be turned off', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.importFiles([seed('003')]);
    await library.rows().first().click();
    const reader = library.reader;

    const ishiba = reader.mentions('PERSON', 'Ishiba Shigeru').first();
    await expect(ishiba).toBeVisible();
    await expect(ishiba).toHaveAttribute('title', /^Ishiba Shigeru · Person/);

    const registered = reader.figures().filter({ hasText: '$78.6 billion' });
    await expect(registered).toContainText('registered capital');
    // The article converts JPY5 billion to $6.6 million; the yearly rate says about five times more.
    const yen = reader.figures().filter({ hasText: 'JPY5 billion' });
    await expect(yen).toContainText(/JPY5 billion ≈ \$\d+(\.\d)? million.*not \$6\.6 million/);

    const place = reader.mentions('PLACE').first();
    await expect(place).not.toHaveCSS('background-color', TRANSPARENT);
    await reader.toggleEntityType('Place');
    await expect(place).toHaveCSS('background-color', TRANSPARENT);
    await expect(reader.mentions('PERSON').first()).not.toHaveCSS('background-color', TRANSPARENT);
    // The choice is a setting: it holds after a reload.
    await page.reload();
    await library.rows().first().click();
    await expect(reader.mentions('PLACE').first()).toHaveCSS('background-color', TRANSPARENT);
  });

  test('n selects the first mention and r rejects it; the rejection is stored', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.importFiles([seed('003')]);
    await library.rows().first().click();
    const first = library.reader.body().locator('mark').first();
    await expect(first).toBeVisible();

    await page.keyboard.press('n');
    await expect(first).toHaveClass(/focused/);
    await page.keyboard.press('r');
    await expect(first).toHaveClass(/review-rejected/);
    await page.reload();
    await library.rows().first().click();
    await expect(library.reader.body().locator('mark').first()).toHaveClass(/review-rejected/);
  });

  test('clicking a figure flashes its sentence in the text', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.importFiles([seed('003')]);
    await library.rows().first().click();
    await library.reader.figures().filter({ hasText: '$78.6 billion' }).click();
    await expect(library.reader.body().locator('p:has(.flash)')).toContainText('78.6 billion');
  });
});

test('the Places facet filters the library to the articles that mention Gunma', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.importFiles(seedFiles());
  await expect(library.count()).toHaveText('5 articles');

  await library.filterByEntity('Places', 'Gunma');
  await expect(library.count()).toHaveText(/^[1-4] of 5 articles$/);
  const shown = await library.rows().count();
  for (let i = 0; i < shown; i++) {
    await library.rows().nth(i).click();
    await expect(library.reader.mentions('PLACE', 'Gunma').first()).toBeVisible();
  }
  // Picking it again clears the filter.
  await library.filterByEntity('Places', 'Gunma');
  await expect(library.count()).toHaveText('5 articles');
});
