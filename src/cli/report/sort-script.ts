/**
 * The report's only script: sorts the documents table when a column's button
 * is pressed, and says so through `aria-sort`. It runs under the page's
 * policy by its hash, and works with the page offline.
 */
export const SORT_SCRIPT = `
for (const table of document.querySelectorAll('table[data-sortable]')) {
  const body = table.tBodies[0];
  const heads = [...table.tHead.rows[0].cells];
  heads.forEach((th, column) => {
    const button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of heads) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = th.dataset.type === 'number';
      const key = (row) => row.cells[column].dataset.sort ?? row.cells[column].textContent;
      const rows = [...body.rows];
      rows.sort((a, b) => {
        const x = key(a), y = key(b);
        let order;
        if (numeric) {
          const nx = x === '' ? -Infinity : Number(x), ny = y === '' ? -Infinity : Number(y);
          order = nx - ny;
        } else order = x.localeCompare(y, 'en-GB', { numeric: true });
        return ascending ? order : -order;
      });
      body.append(...rows);
      document.getElementById('sort-status').textContent = 'Sorted by ' + button.textContent.trim() + (ascending ? ', ascending.' : ', descending.');
    });
  });
}
`
