// Placeholder until the desktop shell lands: checks the Electron binary is present.
