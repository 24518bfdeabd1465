// The role detector lives in the model layer (the parser's title choice reads it); facts and the layers above import it from here as before.
export * from '../model/roles.ts';
