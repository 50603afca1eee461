import * as f from '@faker-js/faker';
const locales = ['fi','sv','en','da','nb_NO','de','pl','tr','vi','ku_kmr_latin','sr_RS_latin','hr','ro','uz_UZ_latin','az','id_ID','es','fr','it','pt_PT','nl','hu','cs_CZ','sk','lv','yo_NG','zu_ZA','af_ZA','en_NG','en_GH','en_IN','en_GB','en_IE','fr_SN','ar','ru','uk','fa'];
const flat = v => v == null ? [] : Array.isArray(v) ? v.flatMap(flat) : typeof v === 'object' ? Object.values(v).flatMap(flat) : typeof v === 'string' ? [v] : [];
for (const l of locales) {
  const loc = f[l]; const p = loc && loc.person; if (!p) { console.error('no', l); continue; }
  for (const [kind, key] of [['f','first_name'],['l','last_name']]) for (const n of flat(p[key])) console.log(`${l}\t${kind}\t${n}`);
}
