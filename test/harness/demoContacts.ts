/**
 * A contacts export for the README's picture of Import People: columns as a contacts app writes them, one person
 * already in the demo plan, a row without a name, and a word in the email column that is not an address.
 */
export const DEMO_CONTACTS_CSV = [
  'First Name,Last Name,Job Title,Company,E-mail Address,Notes',
  'Sofia,Alvarez,Product Director,Payments,sofia.alvarez@example.com,"Runs the roadmap review; asked for help with the hiring loop"',
  'Kenji,Watanabe,Staff Engineer,Platform,kenji.watanabe@example.com,Wrote the incident review guide',
  'Dana,Lee,Director,Platform,dana.lee@example.com,',
  'Amara,Okafor,Engineering Manager,Search,amara.okafor@example.com,Mentors new managers',
  ',,Intern,Platform,intern@example.com,',
  'Lukas,Becker,Data Scientist,Insights,see Slack,Met at the offsite',
  'Chloé,Dubois,UX Researcher,Design,chloe.dubois@example.com,',
  '',
].join('\r\n');
