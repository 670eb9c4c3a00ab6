// Loaded by its own <script type="module"> before the workbench bundle (module scripts run in document order),
// so it runs before any of Fluent's modules: an empty font base URL stops Fluent from
// registering Segoe UI web fonts from Microsoft's CDN. SharePoint pages provide the fonts themselves; the
// workbench uses the system's, and makes no request outside its own origin.
(window as unknown as { FabricConfig: { fontBaseUrl: string } }).FabricConfig = { fontBaseUrl: '' };
export {};
