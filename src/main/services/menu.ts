import type { MenuItemConstructorOptions } from 'electron';
import type { IpcMenuCommand } from '../../shared/ipc';

/** What the menu items do; supplied by the main process so the template itself stays testable. */
export interface MenuActions {
  /** Sends a command to the focused app window. */
  send(command: IpcMenuCommand): void;
  showAbout(): void;
  showShortcuts(): void;
  /** Reload and DevTools appear only in development. */
  isDev: boolean;
  /** macOS keeps Quit in the app menu; elsewhere it lives under File. */
  isMac: boolean;
}

/** A shortcut as shown to the user in Help → Keyboard Shortcuts. */
export interface ShortcutRow {
  keys: string;
  action: string;
}

/** Turns an Electron accelerator into the keys a user presses on this platform. */
export function describeAccelerator(accelerator: string, isMac: boolean): string {
  return accelerator.replace('CmdOrCtrl', isMac ? 'Cmd' : 'Ctrl');
}

function command(label: string, accelerator: string, name: IpcMenuCommand, actions: MenuActions) {
  return { label, accelerator, click: () => actions.send(name) } satisfies MenuItemConstructorOptions;
}

/** The application menu: File, Edit, View, Help (plus the app menu on macOS). */
export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions[] = [
    command('Import Files…', 'CmdOrCtrl+O', 'import-files', actions),
    command('Import Folder…', 'CmdOrCtrl+Shift+O', 'import-folder', actions),
    command('Import from URL…', 'CmdOrCtrl+L', 'import-url', actions),
  ];
  if (!actions.isMac) file.push({ type: 'separator' }, { role: 'quit', accelerator: 'CmdOrCtrl+Q' });
  const view: MenuItemConstructorOptions[] = [
    command('Toggle Dark Theme', 'CmdOrCtrl+Shift+D', 'toggle-theme', actions),
    { type: 'separator' },
    command('Bigger Text', 'CmdOrCtrl+Plus', 'font-bigger', actions),
    command('Smaller Text', 'CmdOrCtrl+-', 'font-smaller', actions),
  ];
  if (actions.isDev) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  const template: MenuItemConstructorOptions[] = [
    { label: '&File', submenu: file },
    { role: 'editMenu', label: '&Edit' },
    { label: '&View', submenu: view },
    {
      label: '&Help',
      role: 'help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: 'F1', click: () => actions.showShortcuts() },
        { label: 'About Kizuna', click: () => actions.showAbout() },
      ],
    },
  ];
  return actions.isMac ? [{ role: 'appMenu' }, ...template] : template;
}

/** Every item of `template` that has a shortcut, in menu order, for the Keyboard Shortcuts help. */
export function listShortcuts(template: MenuItemConstructorOptions[], isMac: boolean): ShortcutRow[] {
  const rows: ShortcutRow[] = [];
  const visit = (items: MenuItemConstructorOptions[]): void => {
    for (const item of items) {
      if (item.accelerator && item.label) {
        rows.push({
          keys: describeAccelerator(item.accelerator, isMac),
          action: item.label.replace('&', ''),
        });
      }
      if (Array.isArray(item.submenu)) visit(item.submenu);
    }
  };
  visit(template);
  return rows;
}
