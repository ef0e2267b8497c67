/** A library file: one complete standard and the actor owning it — what the LSP tests measure from another file. */
export const measuredLibrary = `standard Fast "快速响应" {
  dimension responsiveness
  target <= 5 min
  method system-log
  frequency monthly
  owner Lead
}
actor Lead "负责人" backstage
`;
