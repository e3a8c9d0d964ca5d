import { expect, type Locator, type Page } from '@playwright/test';
import { ReaderPage } from './reader-page';

/** The main window: top bar, import, filters and the library list (the reader is `ReaderPage`). */
export class LibraryPage {
  /** The reading pane of this window. */
  readonly reader: ReaderPage;

  /** Wraps the app in `page`. */
  constructor(readonly page: Page) {
    this.reader = new ReaderPage(page);
  }

  /** Opens the app and waits until it has decided between the welcome screen and the library. */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(
      this.page
        .getByRole('heading', { name: 'Your library is empty' })
        .or(this.page.getByRole('listbox', { name: 'Articles' }))
        .or(this.page.getByText('No article matches these filters.')),
    ).toBeVisible();
  }

  /** The welcome screen's heading (visible only while the library is empty). */
  emptyHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Your library is empty' });
  }

  /** The import results panel (also shows a failed import's message). */
  results(): Locator {
    return this.page.getByRole('region', { name: 'Import results' });
  }

  /** Imports files through the labelled file input and waits for the results panel. */
  async importFiles(paths: string[]): Promise<Locator> {
    await this.page.getByLabel('Import files', { exact: true }).setInputFiles(paths);
    await expect(this.results()).toBeVisible({ timeout: 30_000 });
    return this.results();
  }

  /** Loads the bundled demo library (from the welcome screen or the Import menu) and waits for the results. */
  async loadDemo(): Promise<Locator> {
    const onWelcome = this.page.getByRole('button', { name: 'Load demo library' });
    if (await onWelcome.isVisible()) await onWelcome.click();
    else await this.chooseImport('Load demo library');
    await expect(this.results()).toBeVisible({ timeout: 60_000 });
    return this.results();
  }

  /** Opens the top bar's Import menu and picks `item` ("Paste text…", "Import from URL…"...). */
  async chooseImport(item: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  /** Imports pasted text through the "Paste text" dialog and waits for the results. */
  async pasteText(text: string): Promise<Locator> {
    await this.chooseImport('Paste text…');
    const dialog = this.page.getByRole('dialog', { name: 'Paste text' });
    await dialog.getByLabel('Article text').fill(text);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(this.results()).toBeVisible({ timeout: 30_000 });
    return this.results();
  }

  /** Closes the import results panel. */
  async dismissResults(): Promise<void> {
    await this.results().getByRole('button', { name: 'Dismiss' }).click();
  }

  /** The search box. */
  searchBox(): Locator {
    return this.page.getByLabel('Search', { exact: true });
  }

  /** Types a search and waits until the list shows its answer. */
  async search(query: string): Promise<void> {
    await this.searchBox().fill(query);
    await expect(this.page.getByText(/searching…/i)).toHaveCount(0);
  }

  /** The rendered rows of the library list (a virtualised list renders only those near the viewport). */
  rows(): Locator {
    return this.page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  }

  /** The row whose title contains `title`. */
  row(title: string | RegExp): Locator {
    return this.rows().filter({ hasText: title });
  }

  /** The list's count line ("18 articles", "3 of 18 articles"). */
  count(): Locator {
    return this.page.locator('.library-count');
  }

  /** Opens the article whose title contains `title` and waits until the reader shows it. */
  async openArticle(title: string): Promise<ReaderPage> {
    await this.row(title).first().click();
    await expect(this.reader.title()).toContainText(title);
    return this.reader;
  }

  /** Picks a read-state filter in the sidebar ("All articles", "Unread", "Starred"). */
  async show(which: 'All articles' | 'Unread' | 'Starred'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Filters' }).getByRole('button', { name: which }).click();
  }

  /** Toggles the filter on one source in the sidebar. */
  async filterBySource(source: string): Promise<void> {
    await this.page
      .getByRole('region', { name: 'Sources' })
      .getByRole('button', { name: new RegExp(`^${source}\\b`) })
      .click();
  }

  /** Toggles the filter on one entity in the sidebar's "People", "Organisations" or "Places" list. */
  async filterByEntity(group: 'People' | 'Organisations' | 'Places', name: string): Promise<void> {
    await this.page
      .getByRole('region', { name: group })
      .getByRole('button', { name: new RegExp(`^${name}\\b`) })
      .click();
  }

  /** Chooses the list order by its label ("Newest first", "Title A–Z"...). */
  async sortBy(label: string): Promise<void> {
    await this.page.getByLabel('Sort by').selectOption({ label });
  }
}
