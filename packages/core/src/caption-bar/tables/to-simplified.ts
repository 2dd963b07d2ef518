// Traditional → Simplified with OpenCC's dictionaries: loaded only when a visitor picks 简体 for the caption bar.
import { ConverterFactory } from 'opencc-js/core';
import toCn from 'opencc-js/to/cn';

export const convert: (text: string) => string = ConverterFactory(toCn);
