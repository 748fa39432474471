export default { schema: "./schema.ts", out: process.env.DRIZZLE_OUT, dialect: "sqlite" };
