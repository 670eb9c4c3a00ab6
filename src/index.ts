// A file is required at the root of /src by the SPFx TypeScript build; the suite exports nothing from here.
export {};
