import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, listShortcuts, type MenuActions } from './menu';

function actions(overrides: Partial<MenuActions> = {}): MenuActions {
  return {
    send: vi.fn(),
    showAbout: vi.fn(),
    showShortcuts: vi.fn(),
    isDev: false,
    isMac: false,
    ...overrides,
  };
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  for (const item of template) {
    if (item.label === label) return item;
    const inner = Array.isArray(item.submenu) ? find(item.submenu, label) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as () => void)();
}

describe('application menu', () => {
  it('has File, Edit, View and Help, with Quit under File outside macOS', () => {
    const template = buildMenuTemplate(actions());
    expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const file = template[0]!.submenu as MenuItemConstructorOptions[];
    expect(file.at(-1)?.role).toBe('quit');
    expect(buildMenuTemplate(actions({ isMac: true }))[0]?.role).toBe('appMenu');
  });

  it('sends the import and view commands to the app from their items and shortcuts', () => {
    const send = vi.fn();
    const template = buildMenuTemplate(actions({ send }));
    const expected: [string, string, string][] = [
      ['Import Files…', 'CmdOrCtrl+O', 'import-files'],
      ['Import Folder…', 'CmdOrCtrl+Shift+O', 'import-folder'],
      ['Import from URL…', 'CmdOrCtrl+L', 'import-url'],
      ['Toggle Dark Theme', 'CmdOrCtrl+Shift+D', 'toggle-theme'],
      ['Bigger Text', 'CmdOrCtrl+Plus', 'font-bigger'],
      ['Smaller Text', 'CmdOrCtrl+-', 'font-smaller'],
    ];
    for (const [label, accelerator, command] of expected) {
      const item = find(template, label);
      expect(item?.accelerator, label).toBe(accelerator);
      click(item);
      expect(send).toHaveBeenLastCalledWith(command);
    }
  });

  it('offers Reload and DevTools only in development', () => {
    const roles = (isDev: boolean) =>
      (find(buildMenuTemplate(actions({ isDev })), '&View')?.submenu as MenuItemConstructorOptions[]).map(
        (i) => i.role,
      );
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('lists the shortcuts in the keys of the platform for Help → Keyboard Shortcuts', () => {
    const showShortcuts = vi.fn();
    const template = buildMenuTemplate(actions({ showShortcuts }));
    click(find(template, 'Keyboard Shortcuts'));
    expect(showShortcuts).toHaveBeenCalledOnce();
    expect(listShortcuts(template, false)).toContainEqual({ keys: 'Ctrl+Shift+O', action: 'Import Folder…' });
    expect(listShortcuts(template, true)).toContainEqual({ keys: 'Cmd+L', action: 'Import from URL…' });
  });
});
