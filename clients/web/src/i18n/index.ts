import { setupI18n } from '@live/shared/i18n/setup';
import en from './en.json';
import zhCN from './zh-CN.json';

export default setupI18n(en, zhCN);
