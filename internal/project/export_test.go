package project

// WithViewerSummaryReads returns a copy of s whose AllocationSummary reads
// the project's rows under the viewer's read rules, as the reference the
// system reads are compared with.
func WithViewerSummaryReads(s *Service) *Service {
	c := *s
	c.viewerSummaryReads = true
	return &c
}
