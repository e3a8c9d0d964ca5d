import { expect, type Locator, type Page } from '@playwright/test';

/** The reading pane: the open article's header, actions and text. */
export class ReaderPage {
  /** The reader region. */
  readonly root: Locator;

  /** Wraps the reader of `page`. */
  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Reader' });
  }

  /** The open article's headline. */
  title(): Locator {
    return this.root.getByRole('heading', { level: 1 });
  }

  /** The article text (every block below the header). */
  body(): Locator {
    return this.root.locator('.reader-body');
  }

  /** The star toggle, whichever state it is in. */
  starButton(): Locator {
    return this.root.getByRole('button', { name: /^(Star|Unstar)$/ });
  }

  /** Asks to delete the open article; resolves to the confirmation dialog (not yet answered). */
  async askToDelete(): Promise<Locator> {
    await this.root.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Delete / });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Stars the open article and waits until the reader shows it starred. */
  async star(): Promise<void> {
    await this.root.getByRole('button', { name: 'Star', exact: true }).click();
    await expect(this.root.getByRole('button', { name: 'Unstar', exact: true })).toBeVisible();
  }

  /** Unstars the open article and waits until the reader shows it. */
  async unstar(): Promise<void> {
    await this.root.getByRole('button', { name: 'Unstar', exact: true }).click();
    await expect(this.root.getByRole('button', { name: 'Star', exact: true })).toBeVisible();
  }

  /** True when the open article is starred. */
  async isStarred(): Promise<boolean> {
    return (await this.starButton().getAttribute('aria-pressed')) === 'true';
  }

  /** Marked mentions of one type in the text (PERSON, ORG, PLACE, MONEY, DATE), optionally with this text. */
  mentions(type: string, text?: string): Locator {
    const marks = this.body().locator(`mark[data-type="${type}"]`);
    return text === undefined ? marks : marks.filter({ hasText: text });
  }

  /** The figures list of the analysis panel; each figure is a button. */
  figures(): Locator {
    return this.page.getByRole('region', { name: 'Figures' }).getByRole('button');
  }

  /** Switches the colouring of one entity type ("Person", "Place"...) on or off. */
  async toggleEntityType(label: string): Promise<void> {
    await this.root
      .getByRole('group', { name: 'Entity colours' })
      .getByRole('button', { name: label })
      .click();
  }

  /** Toggles the open article's read state with its button ("Mark unread" / "Mark read"). */
  async toggleRead(): Promise<void> {
    await this.root.getByRole('button', { name: /^Mark (un)?read$/ }).click();
  }
}
