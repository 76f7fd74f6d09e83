/** @type {import('next').NextConfig} */
const nextConfig = {
  // The build's folder: `.next` for the app; the benchmarks build into their own (bench/lib/bench-server.ts)
  // so a bench run never rebuilds the folder a running `npm start` serves from.
  distDir: process.env.NEWSDECK_DIST_DIR || ".next",
  // Native and WebAssembly database packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@prisma/client", "compromise", "chrono-node", "@open-spaced-repetition/binding"],
  poweredByHeader: false,
  experimental: {
    // An article file may be 10 MB (lib/validations/article.ts); the upload's form encoding adds a little.
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
  },
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tsc) and lints before the e2e suite builds the app, so the
  // build does not repeat that work.
  typescript: { ignoreBuildErrors: true },
};

module.exports = nextConfig;
